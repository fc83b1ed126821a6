using System.Text.Json.Nodes;
using OdooAspire.OdooSimulator.Tests.Infrastructure;
using OdooAspire.OdooSimulator.Versions;

namespace OdooAspire.OdooSimulator.Tests.LiveChat;

[Collection(PostgresTests.Name)]
public sealed class LiveChatScenarioTests(PostgresServerFixture postgres)
{
    [Theory]
    [InlineData("17.0")]
    [InlineData("18.0")]
    [InlineData("19.0")]
    public async Task The_LiveChat_scenario_passes_against_the_multi_process_simulator(string version)
    {
        await using var host = await SimulatorHost.StartAsync(postgres, o => o with { Profile = OdooProfiles.Select(version) });
        using var operatorClient = host.CreateClient();
        using var visitorClient = host.CreateClient();
        await new LiveChatScenario(operatorClient, visitorClient, host.Options.DbName, LiveChatWires.For(version)).RunAsync();
    }

    [Theory]
    [InlineData("17.0")]
    [InlineData("18.0")]
    [InlineData("19.0")]
    public async Task The_LiveChat_scenario_passes_against_the_threaded_simulator(string version)
    {
        await using var host = await SimulatorHost.StartAsync(postgres, o => o with { Workers = 0, Profile = OdooProfiles.Select(version) });
        Assert.Null(host.GeventUrl);
        using var operatorClient = host.CreateClient();
        using var visitorClient = host.CreateClient();
        await new LiveChatScenario(operatorClient, visitorClient, host.Options.DbName, LiveChatWires.For(version)).RunAsync();
    }

    [RealOdooFact]
    public async Task The_LiveChat_scenario_passes_against_a_real_Odoo_of_the_version_it_reports()
    {
        var target = RealOdooTarget.FromEnvironment()!;
        using var operatorClient = new OdooTestClient(target.HttpUrl, target.WebsocketUrl);
        using var visitorClient = new OdooTestClient(target.HttpUrl, target.WebsocketUrl);
        var series = (await operatorClient.ResultAsync("/web/webclient/version_info", new JsonObject()))!["server_serie"]!.GetValue<string>();

        await new LiveChatScenario(operatorClient, visitorClient, target.Database, LiveChatWires.For(series)).RunAsync();
    }
}
