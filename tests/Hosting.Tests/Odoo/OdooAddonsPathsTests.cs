using Microsoft.Extensions.Configuration;
using OdooAspire.Hosting.Odoo;
using OdooAspire.Hosting.Tests.Infrastructure;
using OdooAspire.Hosting.Tests.Odoo.Fixtures;

namespace OdooAspire.Hosting.Tests.Odoo;

public sealed class OdooAddonsPathsTests : IDisposable
{
    private readonly AddonsTree _addons = new AddonsTree().Module("my_module", "{'name': 'Mine'}");
    private readonly TemporaryDirectory _empty = new();

    [Fact]
    public void Comma_separated_folders_resolve_to_full_paths_once_each_relative_to_the_base_folder()
    {
        var parent = Path.GetDirectoryName(_addons.Path)!;
        var name = Path.GetFileName(_addons.Path);

        var paths = OdooAddonsPaths.Resolve($" {name} , {_addons.Path},", parent);

        Assert.Equal([_addons.Path], paths);
    }

    [Fact]
    public void Nothing_configured_adds_nothing()
    {
        Assert.Empty(OdooAddonsPaths.Resolve(null, "/"));
        Assert.Empty(OdooAddonsPaths.Resolve("  ", "/"));
    }

    [Fact]
    public void A_folder_that_does_not_exist_is_a_clear_error()
    {
        var missing = Path.Combine(_empty.Path, "nowhere");

        var error = Assert.Throws<InvalidOperationException>(() => OdooAddonsPaths.Resolve(missing, "/"));

        Assert.Equal($"Odoo:AddonsPaths: the folder '{missing}' does not exist.", error.Message);
    }

    [Fact]
    public void A_folder_without_modules_is_refused_as_Odoo_would()
    {
        var error = Assert.Throws<InvalidOperationException>(() => OdooAddonsPaths.Resolve(_empty.Path, "/"));

        Assert.StartsWith($"Odoo:AddonsPaths: '{_empty.Path}' is not an addons folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_module_folder_given_instead_of_its_parent_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => OdooAddonsPaths.Resolve(Path.Combine(_addons.Path, "my_module"), "/"));

        Assert.Contains("Give the folder that contains the modules", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_setting_is_read_as_a_string_or_as_an_array()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["A:AddonsPaths"] = "/x,/y",
            ["B:AddonsPaths:0"] = "/x",
            ["B:AddonsPaths:1"] = "/y",
        }).Build();

        Assert.Equal("/x,/y", OdooAddonsPaths.Read(configuration.GetSection("A:AddonsPaths")));
        Assert.Equal("/x,/y", OdooAddonsPaths.Read(configuration.GetSection("B:AddonsPaths")));
        Assert.Null(OdooAddonsPaths.Read(configuration.GetSection("C:AddonsPaths")));
    }

    public void Dispose()
    {
        _addons.Dispose();
        _empty.Dispose();
    }
}
