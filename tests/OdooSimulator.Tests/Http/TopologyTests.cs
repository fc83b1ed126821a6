using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using OdooAspire.OdooSimulator.Tests.Infrastructure;

namespace OdooAspire.OdooSimulator.Tests.Http;

[Collection(PostgresTests.Name)]
public sealed class TopologyTests(PostgresServerFixture postgres) : IAsyncLifetime
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
    public async Task A_websocket_upgrade_on_the_multi_process_HTTP_port_gets_500_couldnt_bind()
    {
        using var response = await _http.SendAsync(HandshakeRequest.Create(_host.HttpUrl));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Internal Server Error", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(_host.Logs.Lines, l => l.Contains("Couldn't bind the websocket. Is the connection opened on the evented port", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_plain_GET_on_websocket_gets_400_on_both_ports()
    {
        foreach (var url in new[] { _host.HttpUrl, _host.GeventUrl! })
        {
            using var response = await _http.SendAsync(HandshakeRequest.Create(url, upgrade: false));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
    }

    [Fact]
    public async Task The_gevent_port_accepts_the_websocket_with_101()
    {
        await using var client = await RawWebSocketClient.ConnectAsync(_host.GeventUrl!, "/websocket?version=18.0-5", _host.GeventUrl!.GetLeftPart(UriPartial.Authority));

        Assert.StartsWith("HTTP/1.1 101", client.StatusLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_gevent_port_also_serves_the_HTTP_routes()
    {
        using var client = new OdooTestClient(_host.GeventUrl!, _host.GeventUrl!);
        var version = await client.ResultAsync("/web/webclient/version_info", []);

        Assert.Equal("18.0", version!["server_serie"]!.GetValue<string>());
    }

    [Fact]
    public async Task Health_routes_pass_on_both_ports()
    {
        foreach (var url in new[] { _host.HttpUrl, _host.GeventUrl! })
        {
            foreach (var path in new[] { "web/health", "websocket/health" })
            {
                var body = await _http.GetStringAsync(new Uri(url, path));
                Assert.Equal("pass", JsonNode.Parse(body)!["status"]!.GetValue<string>());
            }
        }
    }

    [Fact]
    public async Task Pages_and_headers_say_simulator_not_Odoo()
    {
        using var response = await _http.GetAsync(new Uri(_host.HttpUrl, "web/login"));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Contains("OdooSimulator", response.Headers.Server.ToString(), StringComparison.Ordinal);
        Assert.Contains("not Odoo", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_routes_get_404()
    {
        using var get = await _http.GetAsync(new Uri(_host.HttpUrl, "no/such/route"));
        using var post = await _http.PostAsync(new Uri(_host.HttpUrl, "web/dataset/no_such_call"), new StringContent("{}", null, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }
}
