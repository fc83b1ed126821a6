using OdooAspire.Hosting.ApplicationModel;

namespace OdooAspire.Hosting.Readiness;

/// <summary>Ready when GET on the endpoint's path answers with the expected status (2xx by default).</summary>
internal sealed class HttpReadinessCheck(EndpointReference endpoint, string path, int? expectedStatus) : IReadinessCheck
{
    private static readonly HttpClient Client = new(new SocketsHttpHandler { UseProxy = false })
    {
        Timeout = TimeSpan.FromSeconds(5),
    };

    // The host's own endpoints are on loopback, and an HTTPS one often has a development or throwaway
    // certificate, which says nothing about readiness: there, certificate errors do not count.
    private static readonly HttpClient LoopbackClient = new(new SocketsHttpHandler
    {
        UseProxy = false,
        SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate is not null },
    })
    {
        Timeout = TimeSpan.FromSeconds(5),
    };

    public string Description => $"HTTP GET {path} on endpoint '{endpoint.EndpointName}'";

    public async Task<ReadinessResult> CheckAsync(CancellationToken cancellationToken)
    {
        var url = new Uri(endpoint.Allocated.Url, path);
        try
        {
            var client = url.IsLoopback ? LoopbackClient : Client;
            using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            var ok = expectedStatus is { } expected ? status == expected : status is >= 200 and < 300;
            return ok ? ReadinessResult.Ready : ReadinessResult.NotReady($"{url} answered {status}");
        }
        catch (HttpRequestException ex)
        {
            return ReadinessResult.NotReady($"{url}: {ex.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ReadinessResult.NotReady($"{url}: no answer within {Client.Timeout.TotalSeconds:0} s");
        }
    }
}
