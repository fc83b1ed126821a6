using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using OdooAspire.Gateway.Tests.Infrastructure;

namespace OdooAspire.Gateway.Tests.Errors;

public sealed class UpstreamDownTests : IAsyncLifetime
{
    private GatewayInstance _gateway = null!;

    public async Task InitializeAsync()
    {
        _gateway = await GatewayInstance.StartAsync(new Dictionary<string, string?>
        {
            ["Odoo:HttpUrl"] = ClosedPort.Url(),
            ["Odoo:WebsocketUrl"] = ClosedPort.Url(),
        });

        // The first failures JIT-compile the error path; the timed assertions measure the gateway, not the JIT.
        using var client = TestClients.Http(_gateway.Address);
        using var warmHtml = await client.GetAsync("/warm-up");
        using var json = new StringContent("{}", Encoding.UTF8, "application/json");
        using var warmJson = await client.PostAsync("/warm-up", json);
    }

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task A_browser_gets_the_maintenance_page_with_502_within_a_second()
    {
        using var client = TestClients.Http(_gateway.Address);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/odoo/discuss");
        request.Headers.Add("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        var clock = Stopwatch.StartNew();
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TestTimeouts.ErrorAnswer);
        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Odoo is not reachable", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.Contains(_gateway.Logs.Records, record => record.Message.Contains("/odoo/discuss", StringComparison.Ordinal) && record.Level == Microsoft.Extensions.Logging.LogLevel.Warning);
    }

    [Fact]
    public async Task A_json_rpc_caller_gets_a_json_rpc_error_with_502_within_a_second()
    {
        using var client = TestClients.Http(_gateway.Address);
        using var content = new StringContent("""{"jsonrpc":"2.0","method":"call","params":{"channel_id":1},"id":3}""", Encoding.UTF8, "application/json");

        var clock = Stopwatch.StartNew();
        using var response = await client.PostAsync("/im_livechat/init", content);
        var body = await response.Content.ReadAsStringAsync();

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TestTimeouts.ErrorAnswer);
        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("2.0", json.RootElement.GetProperty("jsonrpc").GetString());
        var error = json.RootElement.GetProperty("error");
        Assert.Equal(502, error.GetProperty("code").GetInt32());
        Assert.Equal("odooaspire.gateway.UpstreamUnavailable", error.GetProperty("data").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_websocket_handshake_with_odoo_down_fails_fast_with_502()
    {
        await using var connection = await RawHttpConnection.OpenAsync(_gateway.Address);
        var clock = Stopwatch.StartNew();

        await connection.SendAsync(RawHttpConnection.UpgradeRequest(_gateway.Address, "/websocket?version=18.0-5"));
        var head = await connection.ReadHeadAsync();

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TestTimeouts.ErrorAnswer);
        Assert.StartsWith("HTTP/1.1 502", head, StringComparison.Ordinal);
    }
}
