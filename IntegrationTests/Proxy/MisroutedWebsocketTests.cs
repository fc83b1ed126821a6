using System.Net;
using OdooAspire.AppHost.Doctor;
using OdooAspire.IntegrationTests.Infrastructure;
using OdooAspire.Odoo.Client;

namespace OdooAspire.IntegrationTests.Proxy;

/// <summary>The fault this product exists for, reproduced on purpose and detected.</summary>
public sealed class MisroutedWebsocketTests(MisroutedWebsocketFixture graph) : IClassFixture<MisroutedWebsocketFixture>
{
    [Fact]
    public async Task The_operators_handshake_fails_with_Odoos_error_and_it_never_becomes_available()
    {
        using var scenario = new CancellationTokenSource(TestTimeouts.Scenario);
        await using var liveOperator = await LiveChatOperator.LoginAsync(
            graph.GatewayUrl, graph.Database, graph.Operator.Login, graph.Operator.Password, scenario.Token);

        var refused = await Assert.ThrowsAsync<BusHandshakeException>(() => liveOperator.ConnectBusAsync(scenario.Token));
        await liveOperator.JoinChannelAsync(OdooBus.DefaultLivechatChannelId, scenario.Token);
        await using var visitor = new LiveChatVisitor(graph.GatewayUrl, liveOperator.Version);

        Assert.Equal(HttpStatusCode.InternalServerError, refused.StatusCode);
        Assert.False(await visitor.IsOperatorAvailableAsync(OdooBus.DefaultLivechatChannelId, scenario.Token));
        Assert.Null(await visitor.StartSessionAsync(OdooBus.DefaultLivechatChannelId, "Stranded visitor", scenario.Token));
    }

    [Fact]
    public async Task The_doctor_fails_the_websocket_handshake_and_says_to_route_it_to_the_gevent_port()
    {
        using var scenario = new CancellationTokenSource(TestTimeouts.Scenario);
        using var output = new StringWriter();
        using var error = new StringWriter();
        await using var liveOperator = await LiveChatOperator.LoginAsync(
            graph.GatewayUrl, graph.Database, graph.Operator.Login, graph.Operator.Password, scenario.Token);

        var exitCode = await DoctorCommand.RunAsync(
            [DoctorCommand.Verb, "--url", graph.GatewayUrl.ToString(), "--db", graph.Database, "--login", graph.Operator.Login,
             "--password", graph.Operator.Password, "--idle-seconds", "0", "--timeout-seconds", "30"],
            output, error, scenario.Token);

        var report = output.ToString();
        Assert.True(exitCode == DoctorExitCodes.ProblemFound, report + error);
        // The handshake announces the bus version the server gave at login: each Odoo version has its own.
        Assert.Contains($"FAIL  websocket handshake  GET /websocket?version={liveOperator.BusVersion} with Upgrade: 500", report, StringComparison.Ordinal);
        Assert.Contains("Fix: Send /websocket to Odoo's gevent port", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_visitor_behind_the_broken_route_gets_200s_but_no_real_time_delivery()
    {
        using var scenario = new CancellationTokenSource(TestTimeouts.Scenario);
        var ct = scenario.Token;

        // The operator reaches Odoo's gevent port directly (a correctly routed back office); only the visitor
        // comes through the misrouted gateway.
        var direct = graph.App.GetEndpoint("odoo", "websocket");
        await using var liveOperator = await LiveChatOperator.LoginAsync(direct, graph.Database, graph.Operator.Login, graph.Operator.Password, ct);
        var operatorBus = await liveOperator.ConnectBusAsync(ct);
        await liveOperator.JoinChannelAsync(OdooBus.DefaultLivechatChannelId, ct);
        await using var visitor = new LiveChatVisitor(graph.GatewayUrl, liveOperator.Version);
        await LiveChatDriver.WaitUntilAvailableAsync(visitor, ct);

        var channel = await visitor.StartSessionAsync(OdooBus.DefaultLivechatChannelId, "Misrouted visitor", ct)
            ?? throw new InvalidOperationException("no session although the operator is available");
        await operatorBus.WaitForAsync(n => n.AnnouncesChannel(channel), TestTimeouts.Delivery, "channel announced");
        await liveOperator.ResubscribeAsync(ct);
        await visitor.PostAsync("can anyone hear me?", ct);
        await operatorBus.WaitForAsync(n => n.IsNewMessage(channel, "can anyone hear me?"), TestTimeouts.Delivery, "the visitor's message over HTTP");
        await liveOperator.PostAsync(channel, "yes, I can", ct);
        await liveOperator.NotifyTypingAsync(channel, true, ct);

        var refused = await Assert.ThrowsAsync<BusHandshakeException>(() => visitor.ConnectBusAsync(ct));
        Assert.Equal(HttpStatusCode.InternalServerError, refused.StatusCode);
        Assert.Null(visitor.Bus);
    }
}
