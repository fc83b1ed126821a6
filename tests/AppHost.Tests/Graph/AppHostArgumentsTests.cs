namespace OdooAspire.AppHost.Tests.Graph;

public sealed class AppHostArgumentsTests
{
    [Fact]
    public void A_bare_reset_switch_asks_for_a_reset_without_swallowing_the_next_argument()
    {
        Assert.Equal(["--Odoo:Reset=true", "--Odoo:Mode", "Source"], AppHostArguments.Expand(["--reset", "--Odoo:Mode", "Source"]));
    }

    [Fact]
    public void An_explicit_reset_value_is_kept()
    {
        Assert.Equal(["--Odoo:Reset=False"], AppHostArguments.Expand(["--reset", "false"]));
    }

    [Fact]
    public void Arguments_without_the_switch_are_left_as_they_are()
    {
        Assert.Equal(["--DataPath", "/tmp/x"], AppHostArguments.Expand(["--DataPath", "/tmp/x"]));
    }
}
