using Grpc.Core;
using OdooAspire.Dashboard.Otlp.Proto.Collector.Trace;

namespace OdooAspire.Dashboard.Otlp;

/// <summary>OTLP/gRPC trace export.</summary>
internal sealed class OtlpGrpcTraceService(OtlpIngestor ingestor) : TraceService.TraceServiceBase
{
    public override Task<ExportTraceServiceResponse> Export(ExportTraceServiceRequest request, ServerCallContext context) =>
        Task.FromResult(ingestor.Ingest(request));
}
