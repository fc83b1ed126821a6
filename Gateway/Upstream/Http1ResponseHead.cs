using System.Net;

namespace OdooAspire.Gateway.Upstream;

/// <summary>The status line and headers Odoo answered an upgrade request with.</summary>
internal sealed record Http1ResponseHead(int StatusCode, string ReasonPhrase, IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    /// <summary>The body's length from Content-Length, or null when the body is chunked or runs to the end of the connection.</summary>
    public long? ContentLength { get; init; }

    public bool IsChunked { get; init; }

    /// <summary>1xx (but 101), 204 and 304 answers carry no body whatever their headers say.</summary>
    public bool HasNoBody => StatusCode is >= 100 and < 200 or 204 or 304;

    public HttpResponseMessage ToResponse(HttpRequestMessage request, HttpContent content)
    {
        var response = new HttpResponseMessage((HttpStatusCode)StatusCode)
        {
            ReasonPhrase = ReasonPhrase,
            RequestMessage = request,
            Version = HttpVersion.Version11,
            Content = content,
        };
        var upgraded = StatusCode == (int)HttpStatusCode.SwitchingProtocols;
        foreach (var (name, value) in Headers)
        {
            // A refused upgrade's body was read whole; its framing headers describe the wire, not the content.
            if (!upgraded && (string.Equals(name, "Transfer-Encoding", StringComparison.OrdinalIgnoreCase)
                || string.Equals(name, "Content-Length", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            if (!response.Headers.TryAddWithoutValidation(name, value))
            {
                content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return response;
    }
}
