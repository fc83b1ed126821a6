using Grpc.Core;
using OdooAspire.Dashboard.Otlp.Proto.Collector.Logs;

namespace OdooAspire.Dashboard.Otlp;

/// <summary>OTLP/gRPC log export.</summary>
internal sealed class OtlpGrpcLogsService(OtlpIngestor ingestor) : LogsService.LogsServiceBase
{
    public override Task<ExportLogsServiceResponse> Export(ExportLogsServiceRequest request, ServerCallContext context) =>
        Task.FromResult(ingestor.Ingest(request));
}
