using Microsoft.Extensions.Primitives;

namespace OdooAspire.Gateway.WebSockets;

/// <summary>
/// Rejects malformed websocket upgrade requests at the gateway (RFC 6455 section 4.2.1) so Odoo only ever
/// sees well-formed HTTP/1.1 GET upgrades.
/// </summary>
internal static class WebSocketHandshakeValidator
{
    public const string SupportedVersion = "13";

    /// <summary>Null when the request is a valid websocket upgrade; otherwise the status and reason to answer with.</summary>
    public static (int StatusCode, string Reason)? Validate(HttpRequest request)
    {
        var headers = request.Headers;
        if (!HttpMethods.IsGet(request.Method))
        {
            return (StatusCodes.Status400BadRequest, "A websocket upgrade must be a GET request.");
        }

        if (!ContainsToken(headers.Upgrade, "websocket"))
        {
            return (StatusCodes.Status400BadRequest, "Only websocket upgrades are accepted here (Upgrade: websocket).");
        }

        if (!ContainsToken(headers.Connection, "upgrade"))
        {
            return (StatusCodes.Status400BadRequest, "A websocket upgrade needs 'Connection: Upgrade'.");
        }

        if (headers.SecWebSocketVersion.Count != 1 || headers.SecWebSocketVersion[0] != SupportedVersion)
        {
            return (StatusCodes.Status426UpgradeRequired, "Only websocket version 13 is supported (Sec-WebSocket-Version: 13).");
        }

        if (!IsValidKey(headers.SecWebSocketKey))
        {
            return (StatusCodes.Status400BadRequest, "Sec-WebSocket-Key must be the base64 encoding of 16 bytes.");
        }

        return null;
    }

    private static bool IsValidKey(StringValues values)
    {
        if (values.Count != 1 || values[0] is not { Length: 24 } key)
        {
            return false;
        }

        Span<byte> decoded = stackalloc byte[18];
        return Convert.TryFromBase64String(key, decoded, out var written) && written == 16;
    }

    private static bool ContainsToken(StringValues values, string token) =>
        values.Any(value => value is not null && value.Split(',').Any(part => part.Trim().Equals(token, StringComparison.OrdinalIgnoreCase)));
}
