using OdooAspire.OdooSimulator.Configuration;

namespace OdooAspire.OdooSimulator.Tests.Configuration;

public sealed class SimulatorArgumentsTests
{
    [Fact]
    public void Odoo_bin_style_arguments_are_understood()
    {
        var arguments = SimulatorArguments.Parse(["-c", "/etc/odoo/odoo.conf", "-d", "livechat", "-i", "im_livechat,mail", "--stop-after-init"]);

        Assert.Equal("/etc/odoo/odoo.conf", arguments.ConfigPath);
        Assert.Equal("livechat", arguments.Database);
        Assert.Equal(["im_livechat", "mail"], arguments.Modules);
        Assert.True(arguments.StopAfterInit);
    }

    [Fact]
    public void Long_forms_with_equals_are_understood()
    {
        var arguments = SimulatorArguments.Parse(["--config=odoo.conf", "--database=db"]);

        Assert.Equal("odoo.conf", arguments.ConfigPath);
        Assert.Equal("db", arguments.Database);
        Assert.False(arguments.StopAfterInit);
    }

    [Theory]
    [InlineData(new[] { "-d", "db" }, "configuration file is required")]
    [InlineData(new[] { "-c" }, "-c needs a value")]
    [InlineData(new[] { "-c", "x", "--workers", "2" }, "unknown argument '--workers'")]
    public void Bad_command_lines_are_explained(string[] args, string expected)
    {
        var error = Assert.Throws<OdooConfException>(() => SimulatorArguments.Parse(args));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("usage:", error.Message, StringComparison.Ordinal);
    }
}
