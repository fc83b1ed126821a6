namespace OdooAspire.AppHost.Tests.Graph;

public sealed class AppHostArgumentsTests
{
    [Fact]
    public void A_bare_reset_switch_asks_for_a_reset_without_swallowing_the_next_argument()
    {
        Assert.Equal(["--Odoo:Reset=true", "--Odoo:Mode", "Source"], AppHostArguments.Expand(["--reset", "--Odoo:Mode", "Source"], null, environmentNamed: true));
    }

    [Fact]
    public void An_explicit_reset_value_is_kept()
    {
        Assert.Equal(["--Odoo:Reset=False"], AppHostArguments.Expand(["--reset", "false"], null, environmentNamed: true));
    }

    [Fact]
    public void Arguments_without_the_switch_are_left_as_they_are()
    {
        Assert.Equal(["--DataPath", "/tmp/x"], AppHostArguments.Expand(["--DataPath", "/tmp/x"], null, environmentNamed: true));
    }

    [Fact]
    public void The_mode_variable_sets_odoos_mode_before_the_command_line()
    {
        Assert.Equal(["--Odoo:Mode=Source", "--DataPath", "/tmp/x"], AppHostArguments.Expand(["--DataPath", "/tmp/x"], "Source", environmentNamed: true));
    }

    [Fact]
    public void Without_an_environment_named_the_apphost_runs_as_development()
    {
        Assert.Equal(["--environment=Development", "--DataPath", "/tmp/x"], AppHostArguments.Expand(["--DataPath", "/tmp/x"], null));
    }

    [Fact]
    public void An_environment_named_on_the_command_line_or_in_the_environment_is_kept()
    {
        Assert.Equal(["--environment", "Production"], AppHostArguments.Expand(["--environment", "Production"], null));
        Assert.Equal(["--DataPath", "/tmp/x"], AppHostArguments.Expand(["--DataPath", "/tmp/x"], null, environmentNamed: true));
    }

    [Fact]
    public async Task As_development_every_resource_exports_its_telemetry_each_second_so_the_dashboard_follows_the_traffic()
    {
        await using var model = await AppHostModel.CreateAsync(AppHostArguments.Expand([], null));

        var environment = await model.EnvironmentAsync("gateway");

        Assert.Equal("1000", environment["OTEL_METRIC_EXPORT_INTERVAL"]);
        Assert.Equal("1000", environment["OTEL_BSP_SCHEDULE_DELAY"]);
    }

    [Fact]
    public async Task An_explicit_mode_on_the_command_line_wins_over_the_mode_variable()
    {
        var args = AppHostArguments.Expand(["--Odoo:Mode", "Simulator"], "Source");

        await using var model = await AppHostModel.CreateAsync([.. args, "--Odoo:SourcePath", "/nonexistent-tree"]);

        Assert.IsType<OdooAspire.Hosting.Odoo.OdooSimulatorResource>(model.Resource("odoo"));
    }

    [Fact]
    public async Task Without_an_explicit_mode_the_mode_variable_chooses_it()
    {
        var args = AppHostArguments.Expand(["--Odoo:SourcePath", "/nonexistent-tree"], "Source");

        await using var model = await AppHostModel.CreateAsync(args);

        Assert.IsType<OdooAspire.Hosting.Odoo.OdooSourceResource>(model.Resource("odoo"));
    }
}
