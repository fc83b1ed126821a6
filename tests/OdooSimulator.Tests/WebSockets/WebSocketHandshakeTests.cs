using Microsoft.AspNetCore.Http;
using OdooAspire.OdooSimulator.WebSockets;

namespace OdooAspire.OdooSimulator.Tests.WebSockets;

public sealed class WebSocketHandshakeTests
{
    [Fact]
    public void The_accept_key_is_the_one_of_RFC_6455()
    {
        Assert.Equal("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", WebSocketHandshake.ComputeAccept("dGhlIHNhbXBsZSBub25jZQ=="));
    }

    [Theory]
    [InlineData("not base64!", "Sec-WebSocket-Key should be b64 encoded")]
    [InlineData("AAAA", "Sec-WebSocket-Key should be of length 16 once decoded")]
    public void A_bad_key_is_refused_with_Odoo_s_message(string key, string expected)
    {
        var headers = ValidHeaders();
        headers["Sec-WebSocket-Key"] = key;

        var result = WebSocketHandshake.Validate(headers);

        Assert.Equal(400, result.StatusCode);
        Assert.Equal(expected, result.Description);
    }

    [Fact]
    public void Every_missing_header_is_named()
    {
        var result = WebSocketHandshake.Validate(new HeaderDictionary { ["Connection"] = "Upgrade", ["Upgrade"] = "websocket" });

        Assert.Equal("Empty or missing header(s): host, origin, sec-websocket-key, sec-websocket-version", result.Description);
    }

    [Fact]
    public void A_valid_handshake_is_accepted()
    {
        Assert.True(WebSocketHandshake.Validate(ValidHeaders()).IsValid);
    }

    private static HeaderDictionary ValidHeaders() => new()
    {
        ["Connection"] = "keep-alive, Upgrade",
        ["Upgrade"] = "websocket",
        ["Host"] = "odoo.test",
        ["Origin"] = "http://odoo.test",
        ["Sec-WebSocket-Key"] = "dGhlIHNhbXBsZSBub25jZQ==",
        ["Sec-WebSocket-Version"] = "13",
    };
}
