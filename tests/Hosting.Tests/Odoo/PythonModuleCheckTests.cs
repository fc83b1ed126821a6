using System.Text.RegularExpressions;
using OdooAspire.Hosting.Odoo;
using OdooAspire.Hosting.Tests.Odoo.Fixtures;

namespace OdooAspire.Hosting.Tests.Odoo;

public sealed partial class PythonModuleCheckTests
{
    private const string Python = "/usr/bin/python3";

    [Fact]
    public async Task Only_the_modules_python_cannot_import_are_reported()
    {
        PythonRequirement[] requirements =
        [
            new("json", "python3-minimal"),
            new("odooaspire_module_that_does_not_exist", "python3-odooaspire-nothing"),
            new("email.mime.text", "python3-minimal"),
        ];

        var missing = await PythonModuleCheck.FindMissingAsync(Python, requirements, CancellationToken.None);

        Assert.Equal([requirements[1]], missing);
    }

    [Fact]
    public void The_message_lists_the_modules_the_packages_and_the_install_script()
    {
        PythonRequirement[] missing = [new("gevent", "python3-gevent"), new("reportlab", "python3-reportlab"), new("reportlab.graphics._renderPM", "python3-renderpm")];

        var message = PythonModuleCheck.Describe(Python, missing);

        Assert.Equal(
            "/usr/bin/python3 cannot import 3 python module(s) Odoo needs: gevent, reportlab, reportlab.graphics._renderPM. "
            + "Install the Debian packages: apt-get install -y --no-install-recommends python3-gevent python3-reportlab python3-renderpm "
            + "(or run scripts/install-odoo-deps.sh as root, which installs all of Odoo's dependencies)",
            message);
    }

    [Fact]
    public void Another_interpreter_is_told_that_the_packages_serve_Debians_python()
    {
        var message = PythonModuleCheck.Describe("/opt/python3.12/bin/python3", [new("gevent", "python3-gevent")]);

        Assert.EndsWith(
            "The packages serve Debian's /usr/bin/python3: set Odoo:Python to it, or install the Odoo tree's requirements.txt into /opt/python3.12/bin/python3 with pip",
            message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_interpreter_that_fails_is_reported_with_its_exit_code()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            PythonModuleCheck.FindMissingAsync("/bin/false", [new("json", "python3-minimal")], CancellationToken.None));

        Assert.StartsWith("'/bin/false' could not check Odoo's python modules (exit code 1)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_install_script_installs_exactly_the_packages_of_the_checked_list()
    {
        var script = File.ReadAllText(Path.Combine(RepositoryPaths.Root, OdooPythonRequirements.InstallScript));
        var list = PackageList().Match(script);
        Assert.True(list.Success, "the script has no packages=( ... ) list");

        var scripted = list.Groups["list"].Value.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal);
        var checkedPackages = OdooVersion.Supported
            .SelectMany(series => OdooPythonRequirements.For(new OdooVersion(series, series, "test")))
            .Select(r => r.DebianPackage).Append("postgresql-client").Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(checkedPackages, scripted);
    }

    [Theory]
    [InlineData("17.0", false)]
    [InlineData("18.0", false)]
    [InlineData("19.0", true)]
    public void Only_odoo_19_needs_python_magic(string series, bool needsMagic)
    {
        var requirements = OdooPythonRequirements.For(new OdooVersion(series, series, "test"));

        Assert.Equal(needsMagic, requirements.Any(r => r is { Module: "magic", DebianPackage: "python3-magic" }));
        Assert.Contains(requirements, r => r.Module == "gevent");
    }

    [OdooSourceFact]
    public async Task This_machine_has_every_python_module_Odoo_needs()
    {
        var version = OdooVersion.ReadTree(OdooSource.Path!, configured: null);
        var missing = await PythonModuleCheck.FindMissingAsync(Python, OdooPythonRequirements.For(version), CancellationToken.None);

        Assert.True(missing.Count == 0, PythonModuleCheck.Describe(Python, missing));
    }

    [GeneratedRegex(@"packages=\((?<list>[^)]*)\)")]
    private static partial Regex PackageList();
}
