using Microsoft.Extensions.Configuration;

namespace Microsoft.Extensions.Hosting;

/// <summary>Reads whether an OTLP endpoint was given to this process.</summary>
internal static class OtlpExporterSettings
{
    /// <summary>The standard OpenTelemetry variable naming the collector.</summary>
    public const string EndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[EndpointKey]);
}
