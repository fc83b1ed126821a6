using System.Net;
using System.Net.WebSockets;
using System.Text;
using OdooAspire.Gateway.Tests.Infrastructure;

namespace OdooAspire.Gateway.Tests.WebSockets;

public sealed class BadInputTests : IAsyncLifetime
{
    private FakeOdoo _odoo = null!;
    private GatewayInstance _gateway = null!;

    public async Task InitializeAsync()
    {
        _odoo = await FakeOdoo.StartAsync();
        _gateway = await GatewayInstance.StartAsync(
            _odoo,
            ("Gateway:Limits:MaxRequestHeadersTotalSize", "4096"),
            ("Gateway:Limits:RequestHeadersTimeout", "00:00:01"));
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _odoo.DisposeAsync();
    }

    [Theory]
    [InlineData("/websocket/bad-key", "not-a-valid-key", "13", "HTTP/1.1 400")]
    [InlineData("/websocket/short-key", "c2hvcnQ=", "13", "HTTP/1.1 400")]
    [InlineData("/websocket/no-key", null, "13", "HTTP/1.1 400")]
    [InlineData("/websocket/old-version", "dGhlIHNhbXBsZSBub25jZQ==", "8", "HTTP/1.1 426")]
    public async Task Malformed_upgrade_requests_are_rejected_without_reaching_odoo(string path, string? key, string version, string expectedStatus)
    {
        await using var connection = await RawHttpConnection.OpenAsync(_gateway.Address);

        await connection.SendAsync(RawHttpConnection.UpgradeRequest(_gateway.Address, path, key, version));
        var head = await connection.ReadHeadAsync();

        Assert.StartsWith(expectedStatus, head, StringComparison.Ordinal);
        Assert.Empty(_odoo.RequestsTo(path));
        if (version != "13")
        {
            Assert.Contains("Sec-WebSocket-Version: 13", head, StringComparison.OrdinalIgnoreCase);
        }

        await AssertStillServingAsync();
    }

    [Fact]
    public async Task A_non_websocket_upgrade_on_the_websocket_path_is_rejected()
    {
        await using var connection = await RawHttpConnection.OpenAsync(_gateway.Address);

        await connection.SendAsync($"GET /websocket/h2c HTTP/1.1\r\nHost: {_gateway.Address.Authority}\r\nConnection: Upgrade\r\nUpgrade: h2c\r\n\r\n");
        var head = await connection.ReadHeadAsync();

        Assert.StartsWith("HTTP/1.1 400", head, StringComparison.Ordinal);
        Assert.Empty(_odoo.RequestsTo("/websocket/h2c"));
    }

    [Fact]
    public async Task Oversized_headers_get_431()
    {
        using var client = TestClients.Http(_gateway.Address);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/web/huge-headers");
        request.Headers.Add("Cookie", "session_id=" + new string('x', 8192));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
        Assert.Empty(_odoo.RequestsTo("/web/huge-headers"));
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task A_client_that_stops_in_the_middle_of_its_headers_is_disconnected_while_others_are_served()
    {
        await using var connection = await RawHttpConnection.OpenAsync(_gateway.Address);
        await connection.SendAsync($"GET /websocket HTTP/1.1\r\nHost: {_gateway.Address.Authority}\r\nConnection: Upgrade\r\nUpgr");
        var closed = connection.ReadToEndAsync(TestTimeouts.StepToken());

        await AssertStillServingAsync();
        var answer = Encoding.ASCII.GetString(await closed);

        Assert.True(answer.Length == 0 || answer.StartsWith("HTTP/1.1 408", StringComparison.Ordinal), answer);
    }

    [Fact]
    public async Task A_garbage_request_line_gets_400()
    {
        await using var connection = await RawHttpConnection.OpenAsync(_gateway.Address);

        await connection.SendAsync("HELLO ODOO\r\n\r\n");
        var head = await connection.ReadHeadAsync();

        Assert.StartsWith("HTTP/1.1 400", head, StringComparison.Ordinal);
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task An_unmasked_frame_from_the_client_gets_close_1002_and_the_connection_ends()
    {
        await using var connection = await RawHttpConnection.OpenAsync(_gateway.Address);
        await connection.SendAsync(RawHttpConnection.UpgradeRequest(_gateway.Address, "/websocket/unmasked"));
        Assert.StartsWith("HTTP/1.1 101", await connection.ReadHeadAsync(), StringComparison.Ordinal);

        await connection.SendAsync([0x81, 0x02, (byte)'h', (byte)'i']);
        var rest = await connection.ReadToEndAsync(TestTimeouts.StepToken());

        Assert.True(rest.Length >= 4, $"expected a close frame, got {rest.Length} bytes");
        Assert.Equal(0x88, rest[0]);
        Assert.Equal(1002, (rest[2] << 8) | rest[3]);
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task An_invalid_frame_from_odoo_closes_the_client_with_1014_after_the_valid_frames()
    {
        using var socket = await TestClients.ConnectAsync(_gateway.WebSocketAddress("/websocket/invalid-frame"));

        Assert.Equal("ok", await socket.ReceiveTextAsync());
        Assert.Null(await socket.ReceiveTextAsync());

        Assert.Equal((WebSocketCloseStatus)1014, socket.CloseStatus);
        await AssertStillServingAsync();
    }

    private async Task AssertStillServingAsync()
    {
        using var client = TestClients.Http(_gateway.Address);
        using var response = await client.GetAsync("/web/login");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var socket = await TestClients.ConnectAsync(_gateway.WebSocketAddress());
        await socket.SendTextAsync("alive");
        Assert.Equal("alive", await socket.ReceiveTextAsync());
    }
}
