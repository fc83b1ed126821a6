using System.Collections.Immutable;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OdooAspire.Dashboard;
using OdooAspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Dashboard;
using OdooAspire.Hosting.Orchestration;
using DashboardState = OdooAspire.Dashboard.Resources.ResourceState;

namespace OdooAspire.Hosting.Tests.Dashboard;

/// <summary>What the dashboard is told about the host's resources, and which resources export telemetry to it.</summary>
public sealed class ResourceCatalogAdapterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_snapshot_maps_with_its_state_health_reports_endpoints_and_masked_secrets_flagged()
    {
        var snapshot = new ResourceSnapshot("odoo", "Odoo", ResourceState.Unhealthy, Now, StartedAt: Now, Reason: "HTTP GET /web/health: 503")
        {
            Endpoints = ImmutableDictionary<string, string>.Empty.Add("websocket", "http://127.0.0.1:8072/").Add("http", "http://127.0.0.1:8069/"),
            Environment = ImmutableDictionary<string, string>.Empty.Add("PGPASSWORD", EnvironmentResolver.Mask).Add("HOST", "db"),
            HealthReports = [new HealthCheckReport("HTTP GET /web/health", false, "503", Now)],
            Restarts = 2,
        };

        var mapped = ResourceCatalogAdapter.Map(snapshot);

        Assert.Equal(DashboardState.Unhealthy, mapped.State);
        Assert.Equal("HTTP GET /web/health: 503", mapped.StateReason);
        Assert.Equal(2, mapped.RestartCount);
        var check = Assert.Single(mapped.HealthChecks);
        Assert.Equal(("HTTP GET /web/health", HealthStatus.Unhealthy, "503"), (check.Name, check.Status, check.Description));
        Assert.Equal(["http", "websocket"], mapped.Endpoints.Select(e => e.Name));
        var password = Assert.Single(mapped.Environment, v => v.Name == "PGPASSWORD");
        Assert.True(password.IsSecret);
        Assert.Null(password.Value);
        Assert.Equal("db", Assert.Single(mapped.Environment, v => v.Name == "HOST").Value);
    }

    [Fact]
    public void Every_host_state_has_a_dashboard_state()
    {
        foreach (var state in Enum.GetValues<ResourceState>())
        {
            Assert.Equal(state.ToString(), ResourceCatalogAdapter.MapState(state).ToString());
        }
    }

    [Fact]
    public void Projects_and_the_simulator_get_the_OTLP_exporter_settings_and_a_value_set_by_the_composition_is_kept()
    {
        var urls = new DashboardUrls(new Uri("http://127.0.0.1:1/?t=x"), new Uri("http://127.0.0.1:2"), new Uri("http://127.0.0.1:3"));
        var gateway = new ProjectResource("gateway", "/src/Gateway/Gateway.csproj");
        var custom = new ProjectResource("custom", "/src/Custom/Custom.csproj");
        custom.Annotations.Add(new EnvironmentAnnotation("OTEL_EXPORTER_OTLP_ENDPOINT", new LiteralValue("http://collector:4317")));

        DashboardIntegration.AddExporterEnvironment(gateway, urls);
        DashboardIntegration.AddExporterEnvironment(custom, urls);

        Assert.Equal("http://127.0.0.1:3", Value(gateway, "OTEL_EXPORTER_OTLP_ENDPOINT"));
        Assert.Equal("grpc", Value(gateway, "OTEL_EXPORTER_OTLP_PROTOCOL"));
        Assert.Equal("1000", Value(gateway, "OTEL_METRIC_EXPORT_INTERVAL"));
        Assert.Equal(["http://collector:4317"], custom.AnnotationsOf<EnvironmentAnnotation>().Where(e => e.Name == "OTEL_EXPORTER_OTLP_ENDPOINT").Select(e => ((LiteralValue)e.Value).Value));
        Assert.True(DashboardIntegration.ExportsTelemetry(gateway));
        Assert.False(DashboardIntegration.ExportsTelemetry(new ExecutableResource("script", "/bin/sh", "/")));
    }

    private static string? Value(Resource resource, string name) =>
        resource.AnnotationsOf<EnvironmentAnnotation>().Where(e => e.Name == name).Select(e => ((LiteralValue)e.Value).Value).SingleOrDefault();
}
