using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OdooAspire.ServiceDefaults.Tests;

/// <summary>A loopback HTTP endpoint that records the OTLP/HTTP export paths it receives.</summary>
internal sealed class OtlpCollectorStub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _paths = new();
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
            await context.Request.Body.CopyToAsync(Stream.Null);
            stub._paths.Enqueue(context.Request.Path.Value ?? string.Empty);
            stub._received.Release();
            return Results.Ok();
        });
        await app.StartAsync();
        var address = app.Urls.Single();
        stub.Endpoint = new Uri(address);
        return stub;
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
