using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace OdooAspire.OdooSimulator.WebSockets;

/// <summary>The checks Odoo's bus makes on an upgrade request, in the same order and with the same answers.</summary>
internal static class WebSocketHandshake
{
    public const string SupportedVersion = "13";

    private const string AcceptGuid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    private static readonly string[] RequiredHeaders =
        ["connection", "host", "origin", "sec-websocket-key", "sec-websocket-version", "upgrade"];

    /// <summary>Whether the request asks for an upgrade at all (what werkzeug's websocket rule matching looks at).</summary>
    public static bool IsUpgradeRequest(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        return string.Equals(headers.Upgrade.ToString(), "websocket", StringComparison.OrdinalIgnoreCase)
            && headers.Connection.ToString().Contains("upgrade", StringComparison.OrdinalIgnoreCase);
    }

    public static HandshakeResult Validate(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var missing = RequiredHeaders.Where(name => string.IsNullOrEmpty(headers[name].ToString())).ToList();
        if (missing.Count > 0)
        {
            return HandshakeResult.Reject(400, $"Empty or missing header(s): {string.Join(", ", missing)}");
        }

        if (!string.Equals(headers.Upgrade.ToString(), "websocket", StringComparison.OrdinalIgnoreCase))
        {
            return HandshakeResult.Reject(400, "Invalid upgrade header");
        }

        if (!headers.Connection.ToString().Contains("upgrade", StringComparison.OrdinalIgnoreCase))
        {
            return HandshakeResult.Reject(400, "Invalid connection header");
        }

        if (!string.Equals(headers.SecWebSocketVersion.ToString(), SupportedVersion, StringComparison.Ordinal))
        {
            return HandshakeResult.Reject(426, "Upgrade Required");
        }

        var key = headers.SecWebSocketKey.ToString();
        var decoded = new byte[key.Length];
        if (!Convert.TryFromBase64String(key, decoded, out var length))
        {
            return HandshakeResult.Reject(400, "Sec-WebSocket-Key should be b64 encoded");
        }

        if (length != 16)
        {
            return HandshakeResult.Reject(400, "Sec-WebSocket-Key should be of length 16 once decoded");
        }

        return HandshakeResult.Accept(ComputeAccept(key));
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350", Justification = "RFC 6455 defines Sec-WebSocket-Accept with SHA-1; it is not used for security.")]
    public static string ComputeAccept(string key) =>
        Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + AcceptGuid)));
}
