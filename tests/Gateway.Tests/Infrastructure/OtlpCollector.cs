using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace OdooAspire.Gateway.Tests.Infrastructure;

/// <summary>
/// A loopback OTLP/HTTP receiver that keeps what it receives. The payloads are protobuf; names (metrics,
/// spans) are plain UTF-8 strings in them, which is all the tests look for.
/// </summary>
internal sealed class OtlpCollector : IAsyncDisposable
{
    public const string TracesPath = "/v1/traces";
    public const string MetricsPath = "/v1/metrics";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Path, byte[] Body)> _exports = new();

    private OtlpCollector(WebApplication app) => _app = app;

    public string Endpoint { get; private set; } = string.Empty;

    /// <summary>The settings that make a gateway export here.</summary>
    public (string Key, string Value)[] GatewaySettings =>
        [("OTEL_EXPORTER_OTLP_ENDPOINT", Endpoint), ("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf")];

    public static async Task<OtlpCollector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var collector = new OtlpCollector(app);
        app.MapPost("/{**path}", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            collector._exports.Enqueue((context.Request.Path.Value ?? string.Empty, body.ToArray()));
            return Results.Ok();
        });
        await app.StartAsync();
        collector.Endpoint = app.Urls.Single();
        return collector;
    }

    /// <summary>Whether any export to <paramref name="path"/> holds <paramref name="name"/>.</summary>
    public bool Received(string path, string name)
    {
        var bytes = Encoding.UTF8.GetBytes(name);
        return _exports.Any(export => export.Path == path && export.Body.AsSpan().IndexOf(bytes) >= 0);
    }

    public string Summary() =>
        string.Join(", ", _exports.GroupBy(export => export.Path).Select(group => $"{group.Key} x{group.Count()}"));

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
