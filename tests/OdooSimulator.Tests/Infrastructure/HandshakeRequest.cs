using System.Security.Cryptography;

namespace OdooAspire.OdooSimulator.Tests.Infrastructure;

/// <summary>A websocket upgrade request sent with HttpClient, for handshake answers other than 101.</summary>
internal static class HandshakeRequest
{
    public static HttpRequestMessage Create(Uri baseUrl, string? origin = "http://example.test", string version = "13", bool upgrade = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseUrl, "websocket?version=18.0-5"));
        if (upgrade)
        {
            request.Headers.TryAddWithoutValidation("Connection", "Upgrade");
            request.Headers.TryAddWithoutValidation("Upgrade", "websocket");
            request.Headers.TryAddWithoutValidation("Sec-WebSocket-Key", Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)));
            request.Headers.TryAddWithoutValidation("Sec-WebSocket-Version", version);
        }

        if (origin is not null)
        {
            request.Headers.TryAddWithoutValidation("Origin", origin);
        }

        return request;
    }
}
