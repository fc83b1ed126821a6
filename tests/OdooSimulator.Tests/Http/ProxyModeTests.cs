using System.Text.Json.Nodes;
using OdooAspire.OdooSimulator.Tests.Infrastructure;

namespace OdooAspire.OdooSimulator.Tests.Http;

[Collection(PostgresTests.Name)]
public sealed class ProxyModeTests(PostgresServerFixture postgres)
{
    [Fact]
    public async Task Proxy_mode_takes_host_and_scheme_from_the_forwarded_headers()
    {
        await using var host = await SimulatorHost.StartAsync(postgres, o => o with { ProxyMode = true });

        var baseUrl = await BaseUrlSeenByLoginAsync(host, ("X-Forwarded-Host", "public.example:8443"), ("X-Forwarded-Proto", "https"), ("X-Forwarded-For", "203.0.113.7"));

        Assert.Equal("https://public.example:8443", baseUrl);
    }

    [Fact]
    public async Task Proxy_mode_ignores_forwarded_headers_without_X_Forwarded_Host()
    {
        await using var host = await SimulatorHost.StartAsync(postgres, o => o with { ProxyMode = true });

        var baseUrl = await BaseUrlSeenByLoginAsync(host, ("X-Forwarded-Proto", "https"));

        Assert.Equal(host.HttpUrl.GetLeftPart(UriPartial.Authority), baseUrl);
    }

    [Fact]
    public async Task Without_proxy_mode_forwarded_headers_are_ignored()
    {
        await using var host = await SimulatorHost.StartAsync(postgres);

        var baseUrl = await BaseUrlSeenByLoginAsync(host, ("X-Forwarded-Host", "public.example"), ("X-Forwarded-Proto", "https"));

        Assert.Equal(host.HttpUrl.GetLeftPart(UriPartial.Authority), baseUrl);
    }

    [Fact]
    public async Task With_ODOO_BUS_PUBLIC_SAMESITE_WS_a_foreign_Origin_downgrades_the_socket_to_a_public_session()
    {
        await using var host = await SimulatorHost.StartAsync(postgres, o => o with { PublicSameSiteWebsocket = true });
        using var client = host.CreateClient(origin: "http://elsewhere.example");
        await client.AuthenticateAsync(host.Options.DbName);
        await using var socket = await client.OpenBusAsync();
        await socket.SubscribeAsync();

        await JoinAsync(client);
        await BusInjector.SendAsync(postgres, host.Options.DbName, BusInjector.Broadcast, "test/marker", []);
        await socket.WaitForAsync("test/marker");

        Assert.DoesNotContain(socket.Frames, f => f.Contains("im_livechat.channel", StringComparison.Ordinal));
        Assert.Contains(host.Logs.Lines, l => l.Contains("Downgrading websocket session", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_ODOO_BUS_PUBLIC_SAMESITE_WS_an_Origin_matching_the_forwarded_host_keeps_the_user_session()
    {
        await using var host = await SimulatorHost.StartAsync(postgres, o => o with { PublicSameSiteWebsocket = true, ProxyMode = true });
        using var client = host.CreateClient(origin: "http://public.example");
        await client.AuthenticateAsync(host.Options.DbName);
        await using var socket = await client.OpenBusAsync(headers: new Dictionary<string, string> { ["X-Forwarded-Host"] = "public.example" });
        await socket.SubscribeAsync();

        await JoinAsync(client);

        await socket.WaitForAsync("mail.record/insert", p => p["im_livechat.channel"] is not null);
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains("Downgrading websocket session", StringComparison.Ordinal));
    }

    private static Task<JsonNode?> JoinAsync(OdooTestClient client) =>
        client.ResultAsync("/web/dataset/call_kw/im_livechat.channel/action_join", new JsonObject
        {
            ["model"] = "im_livechat.channel",
            ["method"] = "action_join",
            ["args"] = new JsonArray(new JsonArray(1)),
            ["kwargs"] = new JsonObject(),
        });

    private static async Task<string> BaseUrlSeenByLoginAsync(SimulatorHost host, params (string Name, string Value)[] headers)
    {
        using var http = new HttpClient { Timeout = TestTimeouts.Default };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(host.HttpUrl, "web/session/authenticate"))
        {
            Content = new StringContent(
                new JsonObject
                {
                    ["jsonrpc"] = "2.0",
                    ["method"] = "call",
                    ["id"] = 1,
                    ["params"] = new JsonObject { ["db"] = host.Options.DbName, ["login"] = "admin", ["password"] = "admin" },
                }.ToJsonString(),
                null,
                "application/json"),
        };
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        using var response = await http.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["result"]!["web.base.url"]!.GetValue<string>();
    }
}
