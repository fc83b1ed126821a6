using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace OdooAspire.ServiceDefaults.Tests;

public sealed class ServiceDefaultsTests
{
    private static readonly TimeSpan ExportTimeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Traces_are_exported_over_otlp_when_the_endpoint_variable_is_set()
    {
        await using var collector = await OtlpCollectorStub.StartAsync();

        await using (var app = await StartServiceAsync(collector.Endpoint))
        {
            using var source = new ActivitySource(app.Environment.ApplicationName);
            using (source.StartActivity("unit-of-work"))
            {
            }
        }

        Assert.True(
            await collector.WaitForPathAsync("/v1/traces", ExportTimeout),
            $"no trace export arrived; the collector saw: [{string.Join(", ", collector.Paths)}]");
    }

    [Fact]
    public async Task Metrics_of_the_meters_a_service_names_are_exported_over_otlp_and_others_are_not()
    {
        await using var collector = await OtlpCollectorStub.StartAsync();
        const string named = "OdooAspire.ServiceDefaults.Tests.Named";

        await using (await StartServiceAsync(collector.Endpoint, configureMetrics: metrics => metrics.AddMeter(named)))
        {
            using var meter = new Meter(named);
            using var other = new Meter("OdooAspire.ServiceDefaults.Tests.Unnamed");
            meter.CreateCounter<long>("odooaspire.tests.named_counter").Add(3);
            other.CreateCounter<long>("odooaspire.tests.unnamed_counter").Add(3);
        }

        // Stopping the service flushes its metrics.
        Assert.True(collector.Received("/v1/metrics", "odooaspire.tests.named_counter"), $"the collector saw: [{string.Join(", ", collector.Paths)}]");
        Assert.False(collector.Received("/v1/metrics", "odooaspire.tests.unnamed_counter"));
    }

    [Fact]
    public async Task Nothing_is_exported_when_no_endpoint_is_configured()
    {
        await using var collector = await OtlpCollectorStub.StartAsync();

        await using (var app = await StartServiceAsync(otlpEndpoint: null))
        {
            using var source = new ActivitySource(app.Environment.ApplicationName);
            using (source.StartActivity("unit-of-work"))
            {
            }

            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("test").LogWarning("a log record");

            // Nothing would read it, so nothing is collected: no tracer provider instruments the requests.
            Assert.Null(app.Services.GetService<TracerProvider>());
        }

        Assert.Empty(collector.Paths);
    }

    [Fact]
    public async Task Health_reports_every_check_and_alive_only_the_liveness_check()
    {
        await using var app = await StartServiceAsync(
            otlpEndpoint: null,
            configure: services => services.AddHealthChecks().AddCheck("database", () => HealthCheckResult.Unhealthy("down")));
        using var client = new HttpClient { BaseAddress = BaseAddress(app) };

        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
        using var alive = await client.GetAsync(new Uri("/alive", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal("Healthy", await alive.Content.ReadAsStringAsync());
    }

    private static Uri BaseAddress(WebApplication app) =>
        new(app.Urls.Single());

    private static async Task<WebApplication> StartServiceAsync(
        Uri? otlpEndpoint, Action<IServiceCollection>? configure = null, Action<MeterProviderBuilder>? configureMetrics = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");

        // Set explicitly (empty when absent) so an endpoint inherited from the environment cannot leak in.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlpEndpoint?.ToString() ?? string.Empty,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        });

        builder.AddServiceDefaults(configureMetrics: configureMetrics);
        configure?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapDefaultEndpoints();
        await app.StartAsync();
        return app;
    }
}
