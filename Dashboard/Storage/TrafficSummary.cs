namespace OdooAspire.Dashboard.Storage;

/// <summary>The headline numbers of one service: request rate, latency percentiles (ms) and open websockets.</summary>
internal sealed record TrafficSummary(
    string ServiceName,
    double? RequestsPerSecond,
    double? P50Milliseconds,
    double? P90Milliseconds,
    double? P99Milliseconds,
    long? ActiveWebSockets);
