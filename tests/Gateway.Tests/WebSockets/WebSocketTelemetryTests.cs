using System.Net.WebSockets;
using System.Text;
using OdooAspire.Gateway.Tests.Infrastructure;
using OdooAspire.Gateway.WebSockets;

namespace OdooAspire.Gateway.Tests.WebSockets;

public sealed class WebSocketTelemetryTests : IAsyncLifetime
{
    private readonly SessionActivityListener _sessions = new();
    private FakeOdoo _odoo = null!;

    public async Task InitializeAsync() => _odoo = await FakeOdoo.StartAsync();

    public async Task DisposeAsync()
    {
        _sessions.Dispose();
        await _odoo.DisposeAsync();
    }

    [Fact]
    public async Task A_session_closed_by_the_client_is_recorded_with_exact_counts_each_way()
    {
        await using var gateway = await GatewayInstance.StartAsync(_odoo);
        using var metrics = new GatewayMetrics(gateway);
        const string path = "/websocket/telemetry-client-close";
        using var socket = await TestClients.ConnectAsync(gateway.WebSocketAddress(path + "?version=18.0-5"));

        foreach (var text in new[] { "one", "two", "three" })
        {
            await socket.SendTextAsync(text);
            Assert.Equal(text, await socket.ReceiveTextAsync());
        }

        // A message in two frames is one message.
        await socket.SendAsync(Encoding.UTF8.GetBytes("frag-"), WebSocketMessageType.Text, false, TestTimeouts.StepToken());
        await socket.SendAsync(Encoding.UTF8.GetBytes("ment"), WebSocketMessageType.Text, true, TestTimeouts.StepToken());
        Assert.Equal("frag-ment", await socket.ReceiveTextAsync());
        Assert.Equal(1, metrics.Total("odooaspire.gateway.websocket.active_sessions"));
        await socket.SendTextAsync("push:2");
        Assert.Equal("push-0", await socket.ReceiveTextAsync());
        Assert.Equal("push-1", await socket.ReceiveTextAsync());
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", TestTimeouts.StepToken());

        var session = await _sessions.WaitForSessionAsync(path);

        Assert.Equal(WebSocketTelemetry.SessionActivityName, session.OperationName);
        Assert.Equal(5L, session.GetTagItem(WebSocketTelemetryTags.MessagesClientToOdoo));
        Assert.Equal(6L, session.GetTagItem(WebSocketTelemetryTags.MessagesOdooToClient));
        // Masked client frames: 6 header bytes each; Odoo's frames: 2. Close frames carry 2 code bytes + "bye".
        Assert.Equal(9L + 9 + 11 + 11 + 10 + 12 + 11, session.GetTagItem(WebSocketTelemetryTags.BytesClientToOdoo));
        Assert.Equal(5L + 5 + 7 + 11 + 8 + 8 + 7, session.GetTagItem(WebSocketTelemetryTags.BytesOdooToClient));
        Assert.Equal(1000, session.GetTagItem(WebSocketTelemetryTags.CloseCode));
        Assert.Equal("bye", session.GetTagItem(WebSocketTelemetryTags.CloseReason));
        Assert.Equal("client", session.GetTagItem(WebSocketTelemetryTags.ClosedBy));
        Assert.Equal("client_closed", session.GetTagItem(WebSocketTelemetryTags.EndReason));
        Assert.Equal("127.0.0.1", session.GetTagItem(WebSocketTelemetryTags.ClientAddress));
        Assert.Equal("version=18.0-5", session.GetTagItem(WebSocketTelemetryTags.Query));
        Assert.Equal(_odoo.WebsocketUrl, session.GetTagItem(WebSocketTelemetryTags.Upstream));
        Assert.True(session.Duration > TimeSpan.Zero);
        Assert.Equal(5, metrics.Total("odooaspire.gateway.websocket.messages", "client_to_odoo"));
        Assert.Equal(6, metrics.Total("odooaspire.gateway.websocket.messages", "odoo_to_client"));
        Assert.Equal(73, metrics.Total("odooaspire.gateway.websocket.bytes", "client_to_odoo"));
        Assert.Equal(51, metrics.Total("odooaspire.gateway.websocket.bytes", "odoo_to_client"));
        Assert.Equal(0, metrics.Total("odooaspire.gateway.websocket.active_sessions"));
        Assert.Equal(1, metrics.Total("odooaspire.gateway.websocket.sessions"));
        Assert.Contains(gateway.Logs.Records, record =>
            record.Message.Contains($"WebSocket session {path}", StringComparison.Ordinal) && record.Message.Contains("client_closed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_session_closed_by_odoo_records_odoos_close_code_and_reason()
    {
        await using var gateway = await GatewayInstance.StartAsync(_odoo);
        const string path = "/websocket/telemetry-odoo-close";
        using var socket = await TestClients.ConnectAsync(gateway.WebSocketAddress(path));

        await socket.SendTextAsync("close:4001:SESSION_EXPIRED");
        Assert.Null(await socket.ReceiveTextAsync());
        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "ack", TestTimeouts.StepToken());
        var session = await _sessions.WaitForSessionAsync(path);

        Assert.Equal((WebSocketCloseStatus)4001, socket.CloseStatus);
        Assert.Equal(4001, session.GetTagItem(WebSocketTelemetryTags.CloseCode));
        Assert.Equal("SESSION_EXPIRED", session.GetTagItem(WebSocketTelemetryTags.CloseReason));
        Assert.Equal("odoo", session.GetTagItem(WebSocketTelemetryTags.ClosedBy));
        Assert.Equal("odoo_closed", session.GetTagItem(WebSocketTelemetryTags.EndReason));
        Assert.Equal(1L, session.GetTagItem(WebSocketTelemetryTags.MessagesClientToOdoo));
        Assert.Equal(0L, session.GetTagItem(WebSocketTelemetryTags.MessagesOdooToClient));
    }

    [Fact]
    public async Task A_session_dropped_for_idleness_says_so()
    {
        await using var gateway = await GatewayInstance.StartAsync(_odoo, ("Gateway:WebSocketIdleTimeout", "00:00:01"));
        const string path = "/websocket/telemetry-idle";
        using var socket = await TestClients.ConnectAsync(gateway.WebSocketAddress(path));

        Assert.Null(await socket.ReceiveTextAsync());
        var session = await _sessions.WaitForSessionAsync(path);

        Assert.Equal("idle_timeout", session.GetTagItem(WebSocketTelemetryTags.EndReason));
        Assert.Equal("idle_timeout", session.GetTagItem(WebSocketTelemetryTags.ClosedBy));
        Assert.Null(session.GetTagItem(WebSocketTelemetryTags.CloseCode));
    }
}
