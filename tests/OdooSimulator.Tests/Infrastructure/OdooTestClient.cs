using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OdooAspire.OdooSimulator.Tests.Infrastructure;

/// <summary>A browser-like client of an Odoo(-shaped) server: cookies, JSON-RPC calls, bus websockets.</summary>
internal sealed class OdooTestClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly Uri _websocketBase;
    private readonly string _origin;
    private int _nextId;

    public OdooTestClient(SimulatorHost host, string? origin = null)
        : this(host.HttpUrl, host.WebsocketBaseUrl, origin, host.Options.Profile.BusVersion)
    {
    }

    public OdooTestClient(Uri httpUrl, Uri websocketBaseUrl, string? origin = null, string busVersion = "18.0-5")
    {
        BusVersion = busVersion;
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, UseCookies = true }) { BaseAddress = httpUrl, Timeout = TestTimeouts.Default };
        _websocketBase = websocketBaseUrl;
        _origin = origin ?? httpUrl.GetLeftPart(UriPartial.Authority);
    }

    public CookieContainer Cookies { get; } = new();

    /// <summary>The bus version the web client of the server's Odoo version sends (the <c>version</c> query).</summary>
    public string BusVersion { get; }

    public HttpClient Http => _http;

    public string? Cookie(string name) => Cookies.GetCookies(_http.BaseAddress!)[name]?.Value;

    /// <summary>Posts a JSON-RPC call and returns the whole answer (result or error).</summary>
    public async Task<JsonObject> CallAsync(string path, JsonObject parameters)
    {
        var request = new JsonObject { ["jsonrpc"] = "2.0", ["method"] = "call", ["params"] = parameters, ["id"] = ++_nextId };
        using var response = await _http.PostAsJsonAsync(path, request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (JsonNode.Parse(await response.Content.ReadAsStringAsync()) as JsonObject)!;
    }

    /// <summary>The <c>result</c> of a successful call (null when Odoo omits it).</summary>
    public async Task<JsonNode?> ResultAsync(string path, JsonObject parameters)
    {
        var response = await CallAsync(path, parameters);
        Assert.True(response["error"] is null, $"{path} failed: {response.ToJsonString()}");
        return response["result"];
    }

    public async Task<JsonObject> AuthenticateAsync(string database, string login = "admin", string password = "admin") =>
        (JsonObject)(await ResultAsync("/web/session/authenticate", new JsonObject { ["db"] = database, ["login"] = login, ["password"] = password }))!;

    public Task<BusTestSocket> OpenBusAsync(string? version = null, string? userAgent = null, IReadOnlyDictionary<string, string>? headers = null) =>
        BusTestSocket.ConnectAsync(new Uri(_websocketBase, $"websocket?version={version ?? BusVersion}"), Cookies, _origin, userAgent, headers);

    /// <summary>Posts <paramref name="body"/> as JSON and returns the raw answer (for routes that do not answer JSON-RPC).</summary>
    public Task<HttpResponseMessage> PostRawAsync(string path, string body) =>
        _http.PostAsync(path, new StringContent(body, null, "application/json"));

    public void Dispose() => _http.Dispose();
}
