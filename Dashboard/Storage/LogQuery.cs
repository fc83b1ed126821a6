using OdooAspire.Dashboard.Telemetry;

namespace OdooAspire.Dashboard.Storage;

/// <summary>Filters for structured logs: service, minimum level, text in the message or attributes, trace id.</summary>
internal sealed record LogQuery(string? Service, LogSeverity MinimumSeverity, string? Text, string? TraceId)
{
    public static LogQuery All { get; } = new(null, LogSeverity.Unspecified, null, null);

    public bool Matches(LogEntry entry) =>
        (string.IsNullOrEmpty(Service) || entry.ServiceName == Service)
        && entry.Severity >= MinimumSeverity
        && (string.IsNullOrEmpty(TraceId) || entry.TraceId == TraceId)
        && (string.IsNullOrEmpty(Text)
            || entry.Message.Contains(Text, StringComparison.OrdinalIgnoreCase)
            || entry.Category.Contains(Text, StringComparison.OrdinalIgnoreCase)
            || entry.Attributes.Any(pair => pair.Value.Contains(Text, StringComparison.OrdinalIgnoreCase)));
}
