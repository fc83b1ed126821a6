using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OdooAspire.OdooSimulator.Bus;
using OdooAspire.OdooSimulator.Configuration;
using OdooAspire.OdooSimulator.Http;
using OdooAspire.OdooSimulator.Persistence;

namespace OdooAspire.OdooSimulator.Tests.Infrastructure;

/// <summary>The simulator started in-process on port-0 listeners, with a database of its own.</summary>
internal sealed class SimulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SimulatorHost(WebApplication app, SimulatorOptions options, CapturedLogs logs)
    {
        _app = app;
        Options = options;
        Logs = logs;
        var endpoints = app.Services.GetRequiredService<SimulatorEndpoints>();
        HttpUrl = endpoints.HttpUrl;
        GeventUrl = endpoints.GeventUrl;
    }

    public SimulatorOptions Options { get; }

    public CapturedLogs Logs { get; }

    public Uri HttpUrl { get; }

    /// <summary>The gevent port; null in threaded mode.</summary>
    public Uri? GeventUrl { get; }

    /// <summary>Where a client opens the bus websocket in this mode.</summary>
    public Uri WebsocketBaseUrl => GeventUrl ?? HttpUrl;

    public IServiceProvider Services => _app.Services;

    public static async Task<SimulatorHost> StartAsync(
        PostgresServerFixture postgres, Func<SimulatorOptions, SimulatorOptions>? customize = null, TimeProvider? timeProvider = null)
    {
        var options = new SimulatorOptions
        {
            HttpPort = 0,
            GeventPort = 0,
            Workers = 2,
            DbHost = postgres.Host,
            DbPort = postgres.Port,
            DbUser = PostgresServerFixture.Role,
            DbPassword = PostgresServerFixture.RolePassword,
            DbName = $"sim_{Guid.NewGuid():N}"[..20],
            Timings = new BusTimings { ListenerRetryDelay = TimeSpan.FromMilliseconds(100) },
        };
        options = customize?.Invoke(options) ?? options;
        await DatabaseInitializer.InitializeAsync(options, NullLogger.Instance, CancellationToken.None);
        var logs = new CapturedLogs();
        var app = SimulatorApp.Build(options, builder =>
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(logs);
            builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
            if (timeProvider is not null)
            {
                builder.Services.AddSingleton(timeProvider);
            }
        });
        await app.StartAsync();
        using var cts = new CancellationTokenSource(TestTimeouts.Default);
        await app.Services.GetRequiredService<BusListener>().Listening.WaitAsync(cts.Token);
        return new SimulatorHost(app, options, logs);
    }

    public OdooTestClient CreateClient(string? origin = null) => new(this, origin);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
