using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using OdooAspire.AppHost.Commands;
using OdooAspire.AppHost.Tests.Graph;

namespace OdooAspire.AppHost.Tests.Commands;

/// <summary>What the dashboard offers on the Odoo resource, as the AppHost's model holds it.</summary>
public sealed class OdooCommandsModelTests
{
    [Fact]
    public async Task The_odoo_resource_offers_run_doctor_and_reset_database_and_the_reset_asks_first_naming_the_database()
    {
        await using var model = await AppHostModel.CreateAsync("--Odoo:Database", "shop");

        var commands = model.Resource("odoo").Annotations.OfType<ResourceCommandAnnotation>().ToDictionary(c => c.Name);

        Assert.Equal("Run doctor", commands[DoctorResourceCommand.Name].DisplayName);
        Assert.Null(commands[DoctorResourceCommand.Name].ConfirmationMessage);
        Assert.Equal("Reset database", commands[ResetDatabaseCommand.Name].DisplayName);
        Assert.Contains("'shop'", commands[ResetDatabaseCommand.Name].ConfirmationMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(model.Resource("gateway").Annotations.OfType<ResourceCommandAnnotation>(), c => c.Name is DoctorResourceCommand.Name or ResetDatabaseCommand.Name);
    }

    [Theory]
    [InlineData("Starting", ResourceCommandState.Disabled)]
    [InlineData("Running", ResourceCommandState.Enabled)]
    [InlineData("Exited", ResourceCommandState.Disabled)]
    public async Task The_commands_are_enabled_only_while_odoo_runs(string state, ResourceCommandState expected)
    {
        await using var model = await AppHostModel.CreateAsync();
        await using var services = new ServiceCollection().BuildServiceProvider();
        // A running snapshot without health reports counts as healthy; ExclusiveCommandTests covers unhealthy ones.
        var context = new UpdateCommandStateContext
        {
            ResourceSnapshot = new CustomResourceSnapshot { ResourceType = "Project", Properties = [], State = state },
            Services = services,
        };

        var commands = model.Resource("odoo").Annotations.OfType<ResourceCommandAnnotation>()
            .Where(c => c.Name is DoctorResourceCommand.Name or ResetDatabaseCommand.Name)
            .ToList();

        Assert.Equal(2, commands.Count);
        Assert.All(commands, c => Assert.Equal(expected, c.UpdateState(context)));
    }

    [Fact]
    public async Task Odoo_links_its_login_page_through_the_gateway_and_keeps_its_own_ports_in_the_details()
    {
        await using var model = await AppHostModel.CreateAsync();

        var callbacks = model.Resource("odoo").Annotations.OfType<ResourceUrlsCallbackAnnotation>();

        // The link's address is the gateway's allocated endpoint, known only when the graph runs (IntegrationTests check it).
        Assert.NotEmpty(callbacks);
        Assert.Equal("Open Odoo (through the gateway)", OdooCommandsExtensions.OpenOdooText);
    }
}
