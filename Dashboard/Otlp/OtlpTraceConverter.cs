using Google.Protobuf.Collections;
using OdooAspire.Dashboard.Otlp.Proto.Trace;
using OdooAspire.Dashboard.Telemetry;

namespace OdooAspire.Dashboard.Otlp;

/// <summary>Converts OTLP resource spans into <see cref="SpanData"/>; spans without valid ids are rejected.</summary>
internal static class OtlpTraceConverter
{
    public static (List<SpanData> Spans, int Rejected) Convert(RepeatedField<ResourceSpans> resourceSpans)
    {
        var spans = new List<SpanData>();
        var rejected = 0;
        foreach (var resource in resourceSpans)
        {
            var service = OtlpValues.ServiceName(resource.Resource);
            foreach (var scope in resource.ScopeSpans)
            {
                var scopeName = scope.Scope?.Name ?? string.Empty;
                foreach (var span in scope.Spans)
                {
                    var traceId = OtlpValues.Id(span.TraceId);
                    var spanId = OtlpValues.Id(span.SpanId);
                    if (traceId is null || spanId is null)
                    {
                        rejected++;
                        continue;
                    }

                    spans.Add(new SpanData(
                        traceId,
                        spanId,
                        OtlpValues.Id(span.ParentSpanId),
                        span.Name,
                        (SpanKindName)(int)span.Kind,
                        service,
                        scopeName,
                        OtlpValues.Time(span.StartTimeUnixNano),
                        OtlpValues.Duration(span.StartTimeUnixNano, span.EndTimeUnixNano),
                        Status(span.Status),
                        string.IsNullOrEmpty(span.Status?.Message) ? null : span.Status.Message,
                        OtlpValues.Attributes(span.Attributes),
                        span.Events.Select(e => new SpanEventData(OtlpValues.Time(e.TimeUnixNano), e.Name, OtlpValues.Attributes(e.Attributes))).ToList()));
                }
            }
        }

        return (spans, rejected);
    }

    private static SpanStatus Status(Status? status) => status?.Code switch
    {
        Proto.Trace.Status.Types.StatusCode.Ok => SpanStatus.Ok,
        Proto.Trace.Status.Types.StatusCode.Error => SpanStatus.Error,
        _ => SpanStatus.Unset,
    };
}
