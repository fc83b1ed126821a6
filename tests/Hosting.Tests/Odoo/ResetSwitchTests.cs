using OdooAspire.Hosting.Odoo;
using OdooAspire.Hosting.Tests.Infrastructure;

namespace OdooAspire.Hosting.Tests.Odoo;

public sealed class ResetSwitchTests : IDisposable
{
    private readonly TemporaryDirectory _data = new();

    [Theory]
    [InlineData(new[] { "--reset" }, "--Odoo:Reset=true")]
    [InlineData(new[] { "--reset", "--Odoo:Mode", "Simulator" }, "--Odoo:Reset=true --Odoo:Mode Simulator")]
    [InlineData(new[] { "--Odoo:Mode", "Simulator", "--RESET" }, "--Odoo:Mode Simulator --Odoo:Reset=true")]
    [InlineData(new[] { "--reset", "false" }, "--Odoo:Reset=False")]
    [InlineData(new[] { "--Odoo:Reset", "true" }, "--Odoo:Reset true")]
    public void A_bare_reset_switch_becomes_the_Odoo_Reset_setting_without_swallowing_the_next_argument(string[] args, string expected)
    {
        Assert.Equal(expected, string.Join(' ', CommandLineSwitches.Expand(args)));
    }

    [Fact]
    public void The_builder_reads_reset_and_the_following_settings()
    {
        var builder = new DevHostBuilder(["--reset", "--Odoo:Mode", "Simulator", "--DataPath", _data.Path], _data.Path, testing: true);

        var odoo = builder.AddOdoo("odoo").Resource;

        Assert.True(odoo.Options.Reset);
        Assert.Equal(OdooMode.Simulator, odoo.Mode);
    }

    [Fact]
    public void Without_the_switch_nothing_is_reset()
    {
        var builder = new DevHostBuilder(["--Odoo:Mode", "Simulator", "--DataPath", _data.Path], _data.Path, testing: true);

        Assert.False(builder.AddOdoo("odoo").Resource.Options.Reset);
    }

    public void Dispose() => _data.Dispose();
}
