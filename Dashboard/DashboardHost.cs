using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OdooAspire.Dashboard.Resources;
using OdooAspire.Dashboard.Security;
using OdooAspire.Dashboard.Server;
using OdooAspire.Dashboard.Storage;

namespace OdooAspire.Dashboard;

/// <summary>
/// The dashboard inside the AppHost process: a browser UI and an OTLP receiver, both on 127.0.0.1.
/// Start it before the resources so their <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> can point at it.
/// </summary>
public sealed class DashboardHost : IAsyncDisposable
{
    private readonly DashboardOptions _options;
    private readonly IResourceCatalog _catalog;
    private readonly ILoggerFactory? _loggerFactory;
    private readonly TimeProvider _timeProvider;
    private WebApplication? _ui;
    private WebApplication? _otlp;

    /// <param name="options">Ports, token and memory limits.</param>
    /// <param name="catalog">The host's resources.</param>
    /// <param name="loggerFactory">Where the dashboard's own logs go; none when null.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when null.</param>
    /// <exception cref="OptionsValidationException">The options are invalid; the message names each bad setting.</exception>
    public DashboardHost(DashboardOptions options, IResourceCatalog catalog, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(catalog);
        var validation = new DashboardOptionsValidator().Validate(Options.DefaultName, options);
        if (validation.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(DashboardOptions), validation.Failures);
        }

        _options = options;
        _catalog = catalog;
        _loggerFactory = loggerFactory;
        _timeProvider = timeProvider ?? TimeProvider.System;
        Token = new BrowserToken(string.IsNullOrEmpty(options.Token) ? BrowserToken.Generate() : options.Token);
        Stores = new TelemetryStores(new TelemetryLimits(
            options.MaxTraces, options.MaxSpansPerTrace, options.MaxLogEntries, options.MaxMetricSeries, options.MaxPointsPerSeries, options.MaxWebSocketSessions));
    }

    /// <summary>The URLs, once started.</summary>
    public DashboardUrls? Urls { get; private set; }

    internal BrowserToken Token { get; }

    internal TelemetryStores Stores { get; }

    /// <summary>Starts listening; throws <see cref="IOException"/> when a fixed port is taken.</summary>
    public async Task<DashboardUrls> StartAsync(CancellationToken cancellationToken = default)
    {
        if (Urls is not null)
        {
            throw new InvalidOperationException("The dashboard is already started.");
        }

        try
        {
            _otlp = OtlpServer.Build(_options, Stores, _loggerFactory);
            await _otlp.StartAsync(cancellationToken);
            _ui = UiServer.Build(_options, Stores, _catalog, Token, _loggerFactory, _timeProvider);
            await _ui.StartAsync(cancellationToken);
        }
        catch (IOException exception)
        {
            await DisposeAsync();
            throw new IOException(
                $"The dashboard could not listen on 127.0.0.1 (Dashboard:Port {_options.Port}, Dashboard:OtlpHttpPort {_options.OtlpHttpPort}, "
                + $"Dashboard:OtlpGrpcPort {_options.OtlpGrpcPort}): {exception.Message} Choose free ports, or 0 to pick free ones.",
                exception);
        }

        var otlpPorts = WebAppFactory.BoundPorts(_otlp);
        var uiPort = WebAppFactory.BoundPorts(_ui)[0];
        Urls = new DashboardUrls(
            new Uri($"http://127.0.0.1:{uiPort}/?{BrowserTokenMiddleware.QueryKey}={Token.Value}"),
            new Uri($"http://127.0.0.1:{otlpPorts[0]}"),
            new Uri($"http://127.0.0.1:{otlpPorts[1]}"));
        return Urls;
    }

    /// <summary>Stops both listeners.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var app in new[] { _ui, _otlp })
        {
            if (app is not null)
            {
                await app.StopAsync();
                await app.DisposeAsync();
            }
        }

        _ui = null;
        _otlp = null;
    }
}
