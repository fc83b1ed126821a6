using System.Net;

namespace OdooAspire.Odoo.Client;

/// <summary>The server refused the websocket handshake; <see cref="StatusCode"/> says how (400, 426, 500, 502...).</summary>
public sealed class BusHandshakeException(Uri uri, HttpStatusCode statusCode, Exception inner)
    : Exception($"websocket handshake to {uri} failed with HTTP {(int)statusCode} {statusCode}", inner)
{
    public HttpStatusCode StatusCode { get; } = statusCode;
}
