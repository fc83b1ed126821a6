using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OdooAspire.ServiceDefaults.Tests;

/// <summary>A loopback HTTP endpoint that records the OTLP/HTTP exports it receives (path and protobuf body).</summary>
internal sealed class OtlpCollectorStub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _paths = new();
    private readonly ConcurrentQueue<(string Path, byte[] Body)> _bodies = new();
    private readonly SemaphoreSlim _received = new(0);

    private OtlpCollectorStub(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = null!;

    public IReadOnlyCollection<string> Paths => _paths.ToArray();

    public static async Task<OtlpCollectorStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var stub = new OtlpCollectorStub(app);
        app.MapPost("/{**path}", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            stub._bodies.Enqueue((context.Request.Path.Value ?? string.Empty, body.ToArray()));
            stub._paths.Enqueue(context.Request.Path.Value ?? string.Empty);
            stub._received.Release();
            return Results.Ok();
        });
        await app.StartAsync();
        var address = app.Urls.Single();
        stub.Endpoint = new Uri(address);
        return stub;
    }

    /// <summary>Whether an export to <paramref name="path"/> holds <paramref name="name"/> (protobuf keeps names as plain UTF-8).</summary>
    public bool Received(string path, string name)
    {
        var bytes = Encoding.UTF8.GetBytes(name);
        return _bodies.Any(export => export.Path == path && export.Body.AsSpan().IndexOf(bytes) >= 0);
    }

    public async Task<bool> WaitForPathAsync(string path, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (!_paths.Contains(path))
        {
            try
            {
                await _received.WaitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                return _paths.Contains(path);
            }
        }

        return true;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _received.Dispose();
    }
}
