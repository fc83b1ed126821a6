using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace OdooAspire.AppHost.Doctor.Probes;

/// <summary>Plain HTTP requests to the target, each bounded by the step timeout, never following redirects.</summary>
internal sealed class OdooHttpProbe : IDisposable
{
    private const int MaxBodyBytes = 256 * 1024;
    private readonly HttpClient _client;
    private readonly Uri _target;
    private readonly TimeSpan _timeout;
    private readonly TimeProvider _time;
    private int _nextId;

    public OdooHttpProbe(Uri target, TimeSpan timeout, bool acceptAnyCertificate, TimeProvider time)
    {
        _target = target;
        _timeout = timeout;
        _time = time;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false,
            ConnectTimeout = timeout,
            AutomaticDecompression = DecompressionMethods.All,
        };
        if (acceptAnyCertificate)
        {
#pragma warning disable CA5359 // --insecure: the user's explicit choice, for development certificates.
            handler.SslOptions.RemoteCertificateValidationCallback = (_, _, _, _) => true;
#pragma warning restore CA5359
        }

        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("OdooAspire-doctor", "1.0"));
    }

    public string Endpoint => _target.Authority;

    public Task<HttpObservation> GetAsync(string pathAndQuery, CancellationToken cancellationToken) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(_target, pathAndQuery)), cancellationToken);

    /// <summary>A JSON-RPC 2.0 <c>call</c> as Odoo's web client sends it.</summary>
    public Task<HttpObservation> PostJsonRpcAsync(
        string path, JsonObject parameters, IReadOnlyDictionary<string, string>? extraHeaders, CancellationToken cancellationToken)
    {
        var payload = new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["method"] = "call",
            ["params"] = parameters,
            ["id"] = Interlocked.Increment(ref _nextId),
        };
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_target, path))
        {
            Content = new StringContent(payload.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        foreach (var (name, value) in extraHeaders ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return SendAsync(request, cancellationToken);
    }

    private async Task<HttpObservation> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var owned = request;
        using var timeout = new CancellationTokenSource(_timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        var started = _time.GetTimestamp();
        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            var body = await ReadBoundedAsync(response.Content, linked.Token);
            return new HttpObservation
            {
                Status = (int)response.StatusCode,
                Reason = response.ReasonPhrase ?? string.Empty,
                Location = response.Headers.TryGetValues("Location", out var locations) ? locations.FirstOrDefault() : null,
                SetCookies = response.Headers.TryGetValues("Set-Cookie", out var cookies) ? [.. cookies] : [],
                Body = body,
                Elapsed = _time.GetElapsedTime(started),
            };
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new HttpObservation { Failure = ProbeFailure.TimedOut(Endpoint, _timeout), Elapsed = _time.GetElapsedTime(started) };
        }
        catch (HttpRequestException ex)
        {
            return new HttpObservation { Failure = ProbeFailure.From(ex, Endpoint), Elapsed = _time.GetElapsedTime(started) };
        }
    }

    private static async Task<string> ReadBoundedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[MaxBodyBytes];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken)) > 0)
        {
            total += read;
        }

        return Encoding.UTF8.GetString(buffer, 0, total);
    }

    public void Dispose() => _client.Dispose();
}
