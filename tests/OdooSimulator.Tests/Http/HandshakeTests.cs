using System.Net;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using OdooAspire.OdooSimulator.Tests.Infrastructure;

namespace OdooAspire.OdooSimulator.Tests.Http;

[Collection(PostgresTests.Name)]
public sealed class HandshakeTests(PostgresServerFixture postgres) : IAsyncLifetime
{
    private SimulatorHost _host = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _host = await SimulatorHost.StartAsync(postgres);
        _http = new HttpClient { Timeout = TestTimeouts.Default };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task A_handshake_without_Origin_gets_400_naming_the_header()
    {
        using var response = await _http.SendAsync(HandshakeRequest.Create(_host.GeventUrl!, origin: null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Empty or missing header(s): origin", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_websocket_version_other_than_13_gets_426()
    {
        using var response = await _http.SendAsync(HandshakeRequest.Create(_host.GeventUrl!, version: "8"));

        Assert.Equal(HttpStatusCode.UpgradeRequired, response.StatusCode);
        Assert.Equal("13", response.Headers.GetValues("Sec-WebSocket-Version").Single());
    }

    [Fact]
    public async Task The_handshake_is_checked_before_the_multi_process_HTTP_port_refuses_it()
    {
        using var response = await _http.SendAsync(HandshakeRequest.Create(_host.HttpUrl, origin: null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_outdated_bus_version_with_a_User_Agent_is_closed_with_OUTDATED_VERSION()
    {
        using var client = _host.CreateClient();
        await using var socket = await client.OpenBusAsync(version: "17.0-1", userAgent: "Mozilla/5.0 test");
        await socket.WaitForCloseAsync();

        Assert.Equal(WebSocketCloseStatus.NormalClosure, socket.CloseStatus);
        Assert.Equal("OUTDATED_VERSION", socket.CloseDescription);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("OdooIoT/18.0 script")]
    public async Task An_outdated_bus_version_from_a_client_that_is_not_a_browser_is_served(string? userAgent)
    {
        using var client = _host.CreateClient();
        await client.AuthenticateAsync(_host.Options.DbName);
        await using var socket = await client.OpenBusAsync(version: "17.0-1", userAgent: userAgent);
        await socket.SubscribeAsync();

        await client.ResultAsync("/web/dataset/call_kw/im_livechat.channel/action_join", new JsonObject
        {
            ["model"] = "im_livechat.channel",
            ["method"] = "action_join",
            ["args"] = new JsonArray(new JsonArray(1)),
            ["kwargs"] = new JsonObject(),
        });

        await socket.WaitForAsync("mail.record/insert", p => p["im_livechat.channel"] is not null);
    }
}
