using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OdooAspire.Dashboard.Tests.Infrastructure;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace OdooAspire.Dashboard.Tests.Otlp;

/// <summary>
/// The contract with Hosting: a .NET resource given OTEL_EXPORTER_OTLP_ENDPOINT / _PROTOCOL / OTEL_SERVICE_NAME
/// (and nothing else) reaches the dashboard, over either protocol.
/// </summary>
public sealed class OtlpEnvironmentContractTests(DashboardFixture dashboard) : IClassFixture<DashboardFixture>
{
    [Theory]
    [InlineData("grpc")]
    [InlineData("http/protobuf")]
    public async Task A_service_configured_only_by_the_standard_variables_exports_to_the_dashboard(string protocol)
    {
        var service = $"env-{protocol.Replace('/', '-')}-{Guid.NewGuid():N}";
        var sourceName = $"Tests.Env.{Guid.NewGuid():N}";
        var endpoint = protocol == "grpc" ? dashboard.Urls.OtlpGrpcEndpoint : dashboard.Urls.OtlpHttpEndpoint;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = endpoint.ToString(),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = protocol,
            ["OTEL_SERVICE_NAME"] = service,
        });
        builder.Services.AddOpenTelemetry().UseOtlpExporter().WithTracing(tracing => tracing.AddSource(sourceName));

        string traceId;
        using (var host = builder.Build())
        {
            await host.StartAsync();
            using (var source = new ActivitySource(sourceName))
            using (var activity = source.StartActivity("GET /web/login", ActivityKind.Server))
            {
                traceId = activity!.TraceId.ToHexString();
            }

            await host.StopAsync();
        }

        await StoreWaiter.UntilAsync(dashboard.Stores.Traces.Changes,
            () => dashboard.Stores.Traces.Get(traceId) is not null,
            () => string.Join(", ", dashboard.Stores.Traces.Services()));
        Assert.Equal(service, Assert.Single(dashboard.Stores.Traces.Get(traceId)!).ServiceName);
    }
}
