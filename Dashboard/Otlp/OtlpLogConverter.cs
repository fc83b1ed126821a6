using Google.Protobuf.Collections;
using OdooAspire.Dashboard.Otlp.Proto.Logs;
using OdooAspire.Dashboard.Telemetry;

namespace OdooAspire.Dashboard.Otlp;

/// <summary>Converts OTLP resource logs into <see cref="LogEntry"/> records.</summary>
internal static class OtlpLogConverter
{
    public static List<LogEntry> Convert(RepeatedField<ResourceLogs> resourceLogs)
    {
        var entries = new List<LogEntry>();
        foreach (var resource in resourceLogs)
        {
            var service = OtlpValues.ServiceName(resource.Resource);
            foreach (var scope in resource.ScopeLogs)
            {
                var category = scope.Scope?.Name ?? string.Empty;
                foreach (var record in scope.LogRecords)
                {
                    var time = record.TimeUnixNano != 0 ? record.TimeUnixNano : record.ObservedTimeUnixNano;
                    entries.Add(new LogEntry(
                        OtlpValues.Time(time),
                        service,
                        Severity(record.SeverityNumber),
                        category,
                        OtlpValues.Format(record.Body),
                        OtlpValues.Attributes(record.Attributes),
                        OtlpValues.Id(record.TraceId),
                        OtlpValues.Id(record.SpanId),
                        string.IsNullOrEmpty(record.EventName) ? null : record.EventName));
                }
            }
        }

        return entries;
    }

    /// <summary>OTLP severity numbers come in ranges of four per level (1-4 trace ... 21-24 fatal).</summary>
    public static LogSeverity Severity(SeverityNumber number) => (int)number switch
    {
        >= 21 => LogSeverity.Critical,
        >= 17 => LogSeverity.Error,
        >= 13 => LogSeverity.Warning,
        >= 9 => LogSeverity.Information,
        >= 5 => LogSeverity.Debug,
        >= 1 => LogSeverity.Trace,
        _ => LogSeverity.Unspecified,
    };
}
