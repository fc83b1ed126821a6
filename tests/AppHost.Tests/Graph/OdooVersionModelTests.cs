
namespace OdooAspire.AppHost.Tests.Graph;

/// <summary>Which Odoo version the AppHost's graph runs, and that nothing in the AppHost pins one.</summary>
public sealed class OdooVersionModelTests
{
    [Theory]
    [InlineData(new string[0], "18.0")]
    [InlineData(new[] { "--Odoo:Version", "17.0" }, "17.0")]
    [InlineData(new[] { "--Odoo:Version", "19.0" }, "19.0")]
    public async Task The_simulator_plays_the_version_asked_for_and_18_by_default(string[] args, string profile)
    {
        await using var model = await AppHostModel.CreateAsync(args);

        var environment = await model.EnvironmentAsync("odoo");

        Assert.Equal(profile, environment["Odoo__Version"]);
    }

    [Fact]
    public async Task The_appHost_leaves_odoo_version_unset_so_that_a_source_tree_decides_its_own()
    {
        await using var model = await AppHostModel.CreateAsync();

        // A value here (appsettings.json) would make every 17.0 or 19.0 tree a contradiction in Source mode.
        Assert.Null(model.Configuration["Odoo:Version"]);
    }
}
