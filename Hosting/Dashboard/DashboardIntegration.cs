using Microsoft.Extensions.Logging;
using OdooAspire.Dashboard;
using OdooAspire.Dashboard.Resources;
using OdooAspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Odoo;

namespace OdooAspire.Hosting.Dashboard;

/// <summary>
/// Runs the dashboard for one application: started before the resources so every .NET project can export
/// its telemetry to it, disposed after everything stopped.
/// </summary>
internal sealed class DashboardIntegration(DashboardOptions options, ILoggerFactory loggerFactory, TimeProvider time) : IAsyncDisposable
{
    private DashboardHost? _host;

    /// <summary>Where the dashboard listens, once started.</summary>
    public DashboardUrls? Urls => _host?.Urls;

    /// <summary>Starts the dashboard and points every project resource's OTLP exporter at its gRPC endpoint.</summary>
    public async Task<DashboardUrls> StartAsync(IResourceCatalog catalog, IReadOnlyList<Resource> resources, CancellationToken cancellationToken)
    {
        if (_host is not null)
        {
            throw new InvalidOperationException("The dashboard is already started.");
        }

        _host = new DashboardHost(options, catalog, loggerFactory, time);
        var urls = await _host.StartAsync(cancellationToken);
        foreach (var resource in resources.Where(ExportsTelemetry))
        {
            AddExporterEnvironment(resource, urls);
        }

        return urls;
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    /// <summary>The .NET resources, which export OpenTelemetry through ServiceDefaults: projects and the Odoo simulator.</summary>
    internal static bool ExportsTelemetry(Resource resource) =>
        resource is ProjectResource or OdooResource { Mode: OdooMode.Simulator };

    /// <summary>Adds the OTLP variables unless the composition set them itself.</summary>
    internal static void AddExporterEnvironment(Resource project, DashboardUrls urls)
    {
        var existing = project.AnnotationsOf<EnvironmentAnnotation>().Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        if (existing.Contains(KnownConfigNames.OtelExporterOtlpEndpoint))
        {
            return;
        }

        project.Annotations.Add(new EnvironmentAnnotation(KnownConfigNames.OtelExporterOtlpEndpoint, new LiteralValue(urls.OtlpGrpcEndpoint.ToString().TrimEnd('/'))));
        project.Annotations.Add(new EnvironmentAnnotation(KnownConfigNames.OtelExporterOtlpProtocol, new LiteralValue("grpc")));

        // Development pace: a span, log or metric shows on the dashboard within a second, not after the 5 s/60 s defaults.
        foreach (var interval in (string[])["OTEL_BSP_SCHEDULE_DELAY", "OTEL_BLRP_SCHEDULE_DELAY", "OTEL_METRIC_EXPORT_INTERVAL"])
        {
            if (!existing.Contains(interval))
            {
                project.Annotations.Add(new EnvironmentAnnotation(interval, new LiteralValue("1000")));
            }
        }
    }
}
