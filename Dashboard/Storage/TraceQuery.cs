namespace OdooAspire.Dashboard.Storage;

/// <summary>Filters for the trace list; empty values match everything.</summary>
internal sealed record TraceQuery(string? Service, string? Route, TraceStatusFilter Status, TimeSpan? MinDuration)
{
    public static TraceQuery All { get; } = new(null, null, TraceStatusFilter.Any, null);

    public bool Matches(TraceSummary trace) =>
        (string.IsNullOrEmpty(Service) || trace.Services.Contains(Service, StringComparer.Ordinal))
        && (string.IsNullOrEmpty(Route)
            || (trace.Route?.Contains(Route, StringComparison.OrdinalIgnoreCase) ?? false)
            || trace.RootName.Contains(Route, StringComparison.OrdinalIgnoreCase))
        && Status switch
        {
            TraceStatusFilter.Error => trace.HasError,
            TraceStatusFilter.Ok => !trace.HasError,
            _ => true,
        }
        && (MinDuration is null || trace.Duration >= MinDuration);
}
