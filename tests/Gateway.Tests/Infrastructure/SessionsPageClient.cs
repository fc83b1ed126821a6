using System.Text.Json.Nodes;

namespace OdooAspire.Gateway.Tests.Infrastructure;

/// <summary>Reads a gateway's websocket sessions page and its JSON.</summary>
internal sealed class SessionsPageClient(Uri address) : IDisposable
{
    private readonly HttpClient _http = TestClients.Http(address);

    public Task<string> GetHtmlAsync() => _http.GetStringAsync(new Uri("/", UriKind.Relative));

    public async Task<JsonObject> GetJsonAsync() =>
        JsonNode.Parse(await _http.GetStringAsync(new Uri("/sessions.json", UriKind.Relative)))!.AsObject();

    /// <summary>
    /// The session whose path (with query) is <paramref name="path"/> in the <paramref name="list"/> (<c>open</c> or
    /// <c>ended</c>). A session is on the ended list before its span is written: wait for the span first.
    /// </summary>
    public async Task<JsonObject> SessionAsync(string list, string path)
    {
        var page = await GetJsonAsync();
        return page[list]!.AsArray().FirstOrDefault(session => (string?)session!["path"] == path) as JsonObject
            ?? throw new Xunit.Sdk.XunitException($"No {list} session with path {path}; the page held: {page.ToJsonString()}");
    }

    public void Dispose() => _http.Dispose();
}
