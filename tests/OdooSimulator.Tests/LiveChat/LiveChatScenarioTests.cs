using OdooAspire.OdooSimulator.Tests.Infrastructure;

namespace OdooAspire.OdooSimulator.Tests.LiveChat;

[Collection(PostgresTests.Name)]
public sealed class LiveChatScenarioTests(PostgresServerFixture postgres)
{
    [Fact]
    public async Task The_LiveChat_scenario_passes_against_the_multi_process_simulator()
    {
        await using var host = await SimulatorHost.StartAsync(postgres);
        using var operatorClient = host.CreateClient();
        using var visitorClient = host.CreateClient();
        await new LiveChatScenario(operatorClient, visitorClient, host.Options.DbName).RunAsync();
    }

    [Fact]
    public async Task The_LiveChat_scenario_passes_against_the_threaded_simulator()
    {
        await using var host = await SimulatorHost.StartAsync(postgres, o => o with { Workers = 0 });
        Assert.Null(host.GeventUrl);
        using var operatorClient = host.CreateClient();
        using var visitorClient = host.CreateClient();
        await new LiveChatScenario(operatorClient, visitorClient, host.Options.DbName).RunAsync();
    }

    [RealOdooFact]
    public async Task The_LiveChat_scenario_passes_against_a_real_Odoo_18()
    {
        var target = RealOdooTarget.FromEnvironment()!;
        using var operatorClient = new OdooTestClient(target.HttpUrl, target.WebsocketUrl);
        using var visitorClient = new OdooTestClient(target.HttpUrl, target.WebsocketUrl);
        await new LiveChatScenario(operatorClient, visitorClient, target.Database).RunAsync();
    }
}
