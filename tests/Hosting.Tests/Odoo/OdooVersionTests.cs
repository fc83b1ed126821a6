using OdooAspire.Hosting.Odoo;
using OdooAspire.Hosting.Tests.Infrastructure;

namespace OdooAspire.Hosting.Tests.Odoo;

/// <summary>Which Odoo a source tree is, as its odoo/release.py says, and what is refused.</summary>
public sealed class OdooVersionTests : IDisposable
{
    private readonly TemporaryDirectory _tree = new();

    [Theory]
    [InlineData("version_info = (17, 0, 0, FINAL, 0, '')\n", "17.0", "17, 0, 0, FINAL, 0, ''")]
    [InlineData("version_info = (18, 0, 0, FINAL, 0, '')\n", "18.0", "18, 0, 0, FINAL, 0, ''")]
    [InlineData("version_info = (19, 0, 0, FINAL, 0, '')\r\n", "19.0", "19, 0, 0, FINAL, 0, ''")]
    public void A_supported_tree_is_read_with_its_series_and_exact_release(string releaseLine, string series, string release)
    {
        WriteRelease("RELEASE_LEVELS = [ALPHA, BETA, RELEASE_CANDIDATE, FINAL] = ['alpha', 'beta', 'candidate', 'final']\n" + releaseLine);

        var version = OdooVersion.ReadTree(_tree.Path, configured: null);

        Assert.Equal((series, release, "odoo/release.py"), (version.Series, version.Release, version.Origin));
    }

    [Fact]
    public void An_unsupported_series_is_refused_with_the_supported_ones()
    {
        WriteRelease("version_info = (16, 0, 0, FINAL, 0, '')\n");

        var error = Assert.Throws<OdooStartupException>(() => OdooVersion.ReadTree(_tree.Path, configured: null));

        Assert.Contains("is Odoo 16.0 (odoo/release.py); this environment supports Odoo 17.0, 18.0, 19.0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_odoo_version_setting_that_contradicts_the_tree_is_refused_rather_than_ignored()
    {
        WriteRelease("version_info = (17, 0, 0, FINAL, 0, '')\n");

        var error = Assert.Throws<OdooStartupException>(() => OdooVersion.ReadTree(_tree.Path, configured: "19.0"));

        Assert.Contains("Odoo:Version is 19.0 but the tree", error.Message, StringComparison.Ordinal);
        Assert.Contains("is Odoo 17.0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_release_py_is_not_an_odoo_tree()
    {
        var error = Assert.Throws<OdooStartupException>(() => OdooVersion.ReadTree(_tree.Path, configured: null));

        Assert.Contains("is not an Odoo tree", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_setting_the_configured_version_is_18_and_says_so()
    {
        var version = OdooVersion.Configured(new OdooOptions());

        Assert.Equal("18.0", version.Series);
        Assert.Equal("18.0 (the default (Odoo:Version not set))", version.ToString());
    }

    public void Dispose() => _tree.Dispose();

    private void WriteRelease(string text)
    {
        Directory.CreateDirectory(Path.Combine(_tree.Path, "odoo"));
        File.WriteAllText(Path.Combine(_tree.Path, "odoo", "release.py"), text);
    }
}
