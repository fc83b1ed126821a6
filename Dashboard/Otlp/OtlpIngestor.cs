using OdooAspire.Dashboard.Otlp.Proto.Collector.Logs;
using OdooAspire.Dashboard.Otlp.Proto.Collector.Metrics;
using OdooAspire.Dashboard.Otlp.Proto.Collector.Trace;
using Microsoft.Extensions.Logging;
using OdooAspire.Dashboard.Storage;

namespace OdooAspire.Dashboard.Otlp;

/// <summary>The one place both receivers (gRPC and HTTP/protobuf) hand their export requests to.</summary>
internal sealed partial class OtlpIngestor(TelemetryStores stores, ILogger<OtlpIngestor> logger)
{
    private const string MissingIds = "Spans without a trace id or span id were rejected.";
    private const string UnreadMetrics = "Only gauges, sums and explicit-bucket histograms are read; other metrics were skipped.";

    public ExportTraceServiceResponse Ingest(ExportTraceServiceRequest request)
    {
        var (spans, rejected) = OtlpTraceConverter.Convert(request.ResourceSpans);
        stores.Traces.Add(spans);
        stores.WebSocketSessions.AddFrom(spans);
        if (rejected == 0)
        {
            return new ExportTraceServiceResponse();
        }

        LogRejected(logger, "trace", OtlpValues.ServiceName(request.ResourceSpans.FirstOrDefault()?.Resource), rejected, MissingIds);
        return new ExportTraceServiceResponse
        {
            PartialSuccess = new ExportTracePartialSuccess { RejectedSpans = rejected, ErrorMessage = MissingIds },
        };
    }

    public ExportLogsServiceResponse Ingest(ExportLogsServiceRequest request)
    {
        stores.Logs.Add(OtlpLogConverter.Convert(request.ResourceLogs));
        return new ExportLogsServiceResponse();
    }

    public ExportMetricsServiceResponse Ingest(ExportMetricsServiceRequest request)
    {
        var (samples, rejected) = OtlpMetricConverter.Convert(request.ResourceMetrics);
        stores.Metrics.Add(samples);
        if (rejected == 0)
        {
            return new ExportMetricsServiceResponse();
        }

        LogRejected(logger, "metric", OtlpValues.ServiceName(request.ResourceMetrics.FirstOrDefault()?.Resource), rejected, UnreadMetrics);
        return new ExportMetricsServiceResponse
        {
            PartialSuccess = new ExportMetricsPartialSuccess { RejectedDataPoints = rejected, ErrorMessage = UnreadMetrics },
        };
    }
}
