using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OdooAspire.Gateway.Hosting;
using OdooAspire.Gateway.Options;
using OdooAspire.Gateway.Sessions;
using OdooAspire.Gateway.Tests.Infrastructure;
using OdooAspire.Gateway.WebSockets;

namespace OdooAspire.Gateway.Tests.Sessions;

public sealed class SessionsPageTests : IAsyncLifetime
{
    private readonly SessionActivityListener _spans = new();
    private FakeOdoo _odoo = null!;

    public async Task InitializeAsync() => _odoo = await FakeOdoo.StartAsync();

    public async Task DisposeAsync()
    {
        _spans.Dispose();
        await _odoo.DisposeAsync();
    }

    [Fact]
    public async Task Without_a_port_there_is_no_page_and_no_session_is_kept()
    {
        await using var gateway = await GatewayInstance.StartAsync(_odoo);
        const string path = "/websocket/page-off";

        await RunSessionAsync(gateway, path);

        Assert.Null(gateway.SessionsAddress);
        var board = gateway.App.Services.GetRequiredService<WebSocketSessionBoard>().Snapshot();
        Assert.Empty(board.Open);
        Assert.Empty(board.Ended);
    }

    [Fact]
    public async Task The_page_is_served_on_its_own_loopback_endpoint_and_the_public_port_forwards_its_paths_to_odoo()
    {
        await using var gateway = await StartWithPageAsync();
        using var page = TestClients.Http(gateway.SessionsAddress!);
        using var proxy = TestClients.Http(gateway.Address);

        using var html = await page.GetAsync("/");
        using var json = await page.GetAsync("/sessions.json");
        var publicJson = await proxy.GetStringAsync("/sessions.json");
        var publicRoot = await proxy.GetStringAsync("/");

        Assert.Equal(IPAddress.Loopback.ToString(), gateway.SessionsAddress!.Host);
        Assert.NotEqual(gateway.Address.Port, gateway.SessionsAddress.Port);
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        var body = await html.Content.ReadAsStringAsync();
        Assert.Contains("""<meta http-equiv="refresh" content="2">""", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        var document = JsonNode.Parse(await json.Content.ReadAsStringAsync())!;
        Assert.Equal(200, (int)document["capacity"]!);
        Assert.Empty(document["open"]!.AsArray());
        Assert.Empty(document["ended"]!.AsArray());
        Assert.Equal("""{"port":"http","path":"/sessions.json"}""", publicJson);
        Assert.Equal("""{"port":"http","path":"/"}""", publicRoot);
    }

    [Fact]
    public async Task An_open_session_is_listed_live_and_once_ended_with_its_counts_and_the_clients_close()
    {
        await using var gateway = await StartWithPageAsync();
        using var page = new SessionsPageClient(gateway.SessionsAddress!);
        const string path = "/websocket/page-counts";
        const string pathAndQuery = path + "?version=18.0-5";
        using var socket = await TestClients.ConnectAsync(gateway.WebSocketAddress(pathAndQuery));
        await socket.SendTextAsync("one");
        Assert.Equal("one", await socket.ReceiveTextAsync());
        await socket.SendTextAsync("push:2");
        Assert.Equal("push-0", await socket.ReceiveTextAsync());
        Assert.Equal("push-1", await socket.ReceiveTextAsync());

        var open = await page.SessionAsync("open", pathAndQuery);
        var openHtml = await page.GetHtmlAsync();
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", TestTimeouts.StepToken());
        var span = await _spans.WaitForSessionAsync(path);
        var ended = await page.SessionAsync("ended", pathAndQuery);
        var endedPage = await page.GetJsonAsync();
        var endedHtml = await page.GetHtmlAsync();

        Assert.Equal("open", (string?)open["state"]);
        Assert.Equal(2, (long)open["messagesClientToOdoo"]!);
        Assert.Equal(3, (long)open["messagesOdooToClient"]!);
        Assert.Equal("127.0.0.1", (string?)open["client"]);
        Assert.Equal("odoo-gevent", (string?)open["cluster"]);
        Assert.Equal(_odoo.WebsocketUrl, (string?)open["upstream"]);
        Assert.Null(open["closedBy"]);
        Assert.Contains(path, openHtml, StringComparison.Ordinal);

        Assert.Equal("ended", (string?)ended["state"]);
        Assert.Equal((long)open["id"]!, (long)ended["id"]!);
        Assert.Equal(2, (long)ended["messagesClientToOdoo"]!);
        Assert.Equal(3, (long)ended["messagesOdooToClient"]!);
        Assert.Equal(span.GetTagItem(WebSocketTelemetryTags.BytesClientToOdoo), (long)ended["bytesClientToOdoo"]!);
        Assert.Equal(span.GetTagItem(WebSocketTelemetryTags.BytesOdooToClient), (long)ended["bytesOdooToClient"]!);
        Assert.Equal(1000, (int)ended["closeCode"]!);
        Assert.Equal("bye", (string?)ended["closeReason"]);
        Assert.Equal("client", (string?)ended["closedBy"]);
        Assert.Equal("client_closed", (string?)ended["endReason"]);
        Assert.False((bool)ended["oneWay"]!);
        Assert.True((double)ended["durationSeconds"]! > 0);
        Assert.Empty(endedPage["open"]!.AsArray());
        Assert.Equal(1, (long)endedPage["endedTotal"]!);

        Assert.Contains(path, endedHtml, StringComparison.Ordinal);
        Assert.Contains("<td class=\"n\">1000</td>", endedHtml, StringComparison.Ordinal);
        Assert.Contains(">bye</td>", endedHtml, StringComparison.Ordinal);
        Assert.Contains("<td>client</td>", endedHtml, StringComparison.Ordinal);
        Assert.Contains("both ways", endedHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"one-way\"", endedHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_odoo_closed_after_messages_one_way_only_is_marked_one_way()
    {
        await using var gateway = await StartWithPageAsync();
        using var page = new SessionsPageClient(gateway.SessionsAddress!);
        const string path = "/websocket/page-one-way";
        using var socket = await TestClients.ConnectAsync(gateway.WebSocketAddress(path));

        await socket.SendTextAsync("close:4001:SESSION_EXPIRED");
        Assert.Null(await socket.ReceiveTextAsync());
        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "ack", TestTimeouts.StepToken());
        await _spans.WaitForSessionAsync(path);
        var ended = await page.SessionAsync("ended", path);
        var html = await page.GetHtmlAsync();

        Assert.Equal(1, (long)ended["messagesClientToOdoo"]!);
        Assert.Equal(0, (long)ended["messagesOdooToClient"]!);
        Assert.True((bool)ended["oneWay"]!);
        Assert.Equal(4001, (int)ended["closeCode"]!);
        Assert.Equal("SESSION_EXPIRED", (string?)ended["closeReason"]);
        Assert.Equal("odoo", (string?)ended["closedBy"]);
        Assert.Contains("<tr class=\"one-way\">", html, StringComparison.Ordinal);
        Assert.Contains("one-way</span> (client→Odoo only)", html, StringComparison.Ordinal);
        Assert.Contains("<td>odoo</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_capacity_keeps_only_the_newest_ended_sessions()
    {
        await using var gateway = await StartWithPageAsync(("Gateway:Sessions:Capacity", "2"));
        using var page = new SessionsPageClient(gateway.SessionsAddress!);

        foreach (var name in new[] { "first", "second", "third" })
        {
            await RunSessionAsync(gateway, "/websocket/page-capacity-" + name);
        }

        var json = await page.GetJsonAsync();
        var paths = json["ended"]!.AsArray().Select(session => (string)session!["path"]!).ToArray();
        Assert.Equal(new[] { "/websocket/page-capacity-third", "/websocket/page-capacity-second" }, paths);
        Assert.Equal(3, (long)json["endedTotal"]!);
        Assert.Equal(2, (int)json["capacity"]!);
    }

    [Fact]
    public async Task The_page_html_encodes_a_hostile_path_and_close_reason()
    {
        await using var gateway = await StartWithPageAsync();
        using var page = new SessionsPageClient(gateway.SessionsAddress!);
        const string path = "/websocket/<script>alert(1)</script>";
        using var socket = await TestClients.ConnectAsync(gateway.WebSocketAddress(path));
        await socket.SendTextAsync("hi");
        Assert.Equal("hi", await socket.ReceiveTextAsync());
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "<b onmouseover=alert(2)>bye</b>", TestTimeouts.StepToken());

        await _spans.WaitForSessionAsync(path);
        var ended = await page.SessionAsync("ended", path);
        using var client = TestClients.Http(gateway.SessionsAddress!);
        using var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("<b onmouseover=alert(2)>bye</b>", (string?)ended["closeReason"]);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b ", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b onmouseover", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_refuses_other_host_names_and_unknown_paths()
    {
        await using var gateway = await StartWithPageAsync();
        using var client = TestClients.Http(gateway.SessionsAddress!);
        using var rebound = new HttpRequestMessage(HttpMethod.Get, "/sessions.json");
        rebound.Headers.Host = "attacker.example:" + gateway.SessionsAddress!.Port;
        using var localhost = new HttpRequestMessage(HttpMethod.Get, "/sessions.json");
        localhost.Headers.Host = "localhost:" + gateway.SessionsAddress.Port;

        using var refused = await client.SendAsync(rebound);
        using var accepted = await client.SendAsync(localhost);
        using var unknown = await client.GetAsync("/web/login");
        using var post = await client.PostAsync("/sessions.json", null);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Empty(_odoo.RequestsTo("/web/login"));
    }

    [Fact]
    public async Task A_sessions_port_in_use_stops_the_start_with_a_message_naming_the_setting()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        string[] args = ["--urls", "http://127.0.0.1:0", "--Odoo:HttpUrl", _odoo.HttpUrl, "--Odoo:WebsocketUrl", _odoo.WebsocketUrl!, "--Gateway:Sessions:Port", $"{port}"];
        await using var app = GatewayApp.Build(args, builder => builder.Logging.ClearProviders());

        var failure = await Assert.ThrowsAsync<GatewayConfigurationException>(() => app.StartAsync(TestTimeouts.StepToken()));

        Assert.Contains($"127.0.0.1:{port} (Gateway:Sessions:Port)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Choose a free port", failure.Message, StringComparison.Ordinal);
    }

    private Task<GatewayInstance> StartWithPageAsync(params (string Key, string Value)[] extra) =>
        GatewayInstance.StartAsync(_odoo, [("Gateway:Sessions:Port", "0"), .. extra]);

    private async Task RunSessionAsync(GatewayInstance gateway, string path)
    {
        using var socket = await TestClients.ConnectAsync(gateway.WebSocketAddress(path));
        await socket.SendTextAsync("ping");
        Assert.Equal("ping", await socket.ReceiveTextAsync());
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", TestTimeouts.StepToken());
        await _spans.WaitForSessionAsync(path);
    }
}
