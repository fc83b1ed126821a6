using Grpc.Core;
using OdooAspire.Dashboard.Otlp.Proto.Collector.Metrics;

namespace OdooAspire.Dashboard.Otlp;

/// <summary>OTLP/gRPC metric export.</summary>
internal sealed class OtlpGrpcMetricsService(OtlpIngestor ingestor) : MetricsService.MetricsServiceBase
{
    public override Task<ExportMetricsServiceResponse> Export(ExportMetricsServiceRequest request, ServerCallContext context) =>
        Task.FromResult(ingestor.Ingest(request));
}
