using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace OdooAspire.Dashboard.Tests.Infrastructure;

/// <summary>The real OpenTelemetry .NET SDK and OTLP exporter, pointed at a dashboard.</summary>
internal static class RealExporter
{
    public static Uri Endpoint(DashboardUrls urls, OtlpExportProtocol protocol, string signalPath) =>
        // Set in code, the HTTP exporter takes the full signal URL; from OTEL_EXPORTER_OTLP_ENDPOINT it appends the path itself.
        protocol == OtlpExportProtocol.Grpc ? urls.OtlpGrpcEndpoint : new Uri(urls.OtlpHttpEndpoint, signalPath);

    public static TracerProvider Tracing(DashboardUrls urls, OtlpExportProtocol protocol, string service, params string[] sources) =>
        Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(ResourceBuilder.CreateEmpty().AddService(service))
            .AddSource(sources)
            .AddOtlpExporter(options =>
            {
                options.Endpoint = Endpoint(urls, protocol, "/v1/traces");
                options.Protocol = protocol;
                options.ExportProcessorType = ExportProcessorType.Simple;
            })
            .Build();

    public static ILoggerFactory Logging(DashboardUrls urls, OtlpExportProtocol protocol, string service) =>
        LoggerFactory.Create(logging => logging.AddOpenTelemetry(options =>
        {
            options.IncludeFormattedMessage = true;
            options.SetResourceBuilder(ResourceBuilder.CreateEmpty().AddService(service));
            options.AddOtlpExporter(exporter =>
            {
                exporter.Endpoint = Endpoint(urls, protocol, "/v1/logs");
                exporter.Protocol = protocol;
            });
        }));

    public static MeterProvider Metrics(DashboardUrls urls, OtlpExportProtocol protocol, string service, Meter meter) =>
        Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(ResourceBuilder.CreateEmpty().AddService(service))
            .AddMeter(meter.Name)
            .AddOtlpExporter((exporter, reader) =>
            {
                exporter.Endpoint = Endpoint(urls, protocol, "/v1/metrics");
                exporter.Protocol = protocol;
                reader.TemporalityPreference = MetricReaderTemporalityPreference.Cumulative;
                reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = int.MaxValue;
            })
            .Build();
}
