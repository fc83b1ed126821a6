using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// The defaults every .NET service of the project shares: OpenTelemetry, health endpoints,
/// and resilient, discoverable HttpClients.
/// </summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>Liveness endpoint: the process answers.</summary>
    public const string AlivePath = "/alive";

    /// <summary>Readiness endpoint: every registered health check passes.</summary>
    public const string HealthPath = "/health";

    private const string LiveTag = "live";

    /// <summary>
    /// Adds OpenTelemetry (exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set),
    /// the default health checks, and resilience plus service discovery for ordinary HttpClients.
    /// </summary>
    /// <param name="builder">The application builder.</param>
    /// <param name="configureTracing">Extra tracing sources, e.g. <c>Yarp.ReverseProxy</c>.</param>
    /// <param name="configureMetrics">The service's own meters, exported with the default ones.</param>
    public static TBuilder AddServiceDefaults<TBuilder>(
        this TBuilder builder, Action<TracerProviderBuilder>? configureTracing = null, Action<MeterProviderBuilder>? configureMetrics = null)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ConfigureOpenTelemetry(configureTracing, configureMetrics);
        builder.AddDefaultHealthChecks();
        builder.Services.AddServiceDiscovery();

        // Clients created through IHttpClientFactory retry and discover services. A reverse proxy's
        // forwarder does not go through the factory, so it never retries a non-idempotent request.
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });

        return builder;
    }

    /// <summary>
    /// Adds OpenTelemetry logging, metrics and tracing, exported over OTLP, when an OTLP endpoint is configured.
    /// Without one nothing would read the telemetry, so none is collected: instrumenting every request costs a
    /// proxy a large share of its throughput.
    /// </summary>
    /// <param name="builder">The application builder.</param>
    /// <param name="configureTracing">Extra tracing sources.</param>
    /// <param name="configureMetrics">Extra meters, such as the service's own: a meter nobody names is not exported.</param>
    public static TBuilder ConfigureOpenTelemetry<TBuilder>(
        this TBuilder builder, Action<TracerProviderBuilder>? configureTracing = null, Action<MeterProviderBuilder>? configureMetrics = null)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!OtlpExporterSettings.IsConfigured(builder.Configuration))
        {
            return builder;
        }

        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics =>
            {
                metrics
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation();
                configureMetrics?.Invoke(metrics);
            })
            .WithTracing(tracing =>
            {
                tracing
                    .AddSource(builder.Environment.ApplicationName)
                    .AddAspNetCoreInstrumentation(options =>
                        options.Filter = context => !IsHealthRequest(context.Request.Path))
                    .AddHttpClientInstrumentation();
                configureTracing?.Invoke(tracing);
            })
            .UseOtlpExporter();

        return builder;
    }

    /// <summary>Registers the liveness check every service answers with.</summary>
    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        return builder;
    }

    /// <summary>Maps <c>/health</c> (all checks) and <c>/alive</c> (liveness only).</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks(HealthPath);
        app.MapHealthChecks(AlivePath, new HealthCheckOptions
        {
            Predicate = registration => registration.Tags.Contains(LiveTag),
        });
        return app;
    }

    private static bool IsHealthRequest(PathString path) =>
        path.StartsWithSegments(HealthPath) || path.StartsWithSegments(AlivePath);
}
