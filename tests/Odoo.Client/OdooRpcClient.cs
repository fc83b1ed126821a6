using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OdooAspire.Odoo.Client;

/// <summary>
/// JSON-RPC 2.0 over HTTP POST, the way Odoo's web client talks to the server, with one cookie jar
/// (<c>session_id</c>, and <c>dgid</c> for a livechat guest) shared with the bus websocket.
/// </summary>
public sealed class OdooRpcClient : IDisposable
{
    private readonly HttpClient _http;
    private int _nextId;

    public OdooRpcClient(Uri baseUrl, HttpMessageHandler? innerHandler = null)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        BaseUrl = baseUrl;
        var handler = innerHandler ?? new SocketsHttpHandler
        {
            CookieContainer = Cookies,
            UseCookies = true,
            AllowAutoRedirect = false,
            SslOptions = { RemoteCertificateValidationCallback = (_, _, _, errors) => LoopbackCertificates.Accept(baseUrl, errors) },
        };
        _http = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>The server's public URL (the gateway's, in the end-to-end tests).</summary>
    public Uri BaseUrl { get; }

    /// <summary>The cookies of this client's Odoo session.</summary>
    public CookieContainer Cookies { get; } = new();

    /// <summary>Calls a JSON-RPC route and returns its <c>result</c> (<c>null</c> when Odoo omits it).</summary>
    public async Task<JsonElement?> CallAsync(string route, object parameters, CancellationToken cancellationToken)
    {
        using var response = await PostAsync(route, parameters, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException(
                $"{route}: HTTP {(int)response.StatusCode} {response.ReasonPhrase}: {Truncate(text)}", null, response.StatusCode);
        }

        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        if (body.TryGetProperty("error", out var error))
        {
            var code = error.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : 0;
            var message = error.TryGetProperty("data", out var data) && data.TryGetProperty("message", out var m)
                ? m.GetString() ?? string.Empty
                : error.TryGetProperty("message", out var top) ? top.GetString() ?? string.Empty : string.Empty;
            throw new OdooRpcException(route, code, message, error.Clone());
        }

        return body.TryGetProperty("result", out var result) && result.ValueKind != JsonValueKind.Null ? result.Clone() : null;
    }

    /// <summary>Calls a route as the server's version expects it (see <see cref="JsonRpcCall"/>).</summary>
    public Task<JsonElement?> CallAsync(JsonRpcCall call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        return CallAsync(call.Route, call.Parameters, cancellationToken);
    }

    /// <summary>Posts a JSON-RPC envelope and returns the raw response, for callers that check status codes.</summary>
    public Task<HttpResponseMessage> PostAsync(string route, object parameters, CancellationToken cancellationToken)
    {
        var envelope = new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["method"] = "call",
            ["params"] = JsonSerializer.SerializeToNode(parameters),
            ["id"] = Interlocked.Increment(ref _nextId),
        };
        return _http.PostAsJsonAsync(new Uri(route, UriKind.Relative), envelope, cancellationToken);
    }

    /// <summary>A plain GET, e.g. <c>/web/health</c>.</summary>
    public Task<HttpResponseMessage> GetAsync(string path, CancellationToken cancellationToken) =>
        _http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);

    public void Dispose() => _http.Dispose();

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "...";
}
