namespace OdooAspire.Dashboard;

/// <summary>How the dashboard listens and how much telemetry it keeps. Bound from the <c>Dashboard</c> section.</summary>
public sealed class DashboardOptions
{
    public const string SectionName = "Dashboard";

    /// <summary>The browser port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>The OTLP/HTTP (protobuf) port on 127.0.0.1; 0 picks a free one.</summary>
    public int OtlpHttpPort { get; set; }

    /// <summary>The OTLP/gRPC port on 127.0.0.1; 0 picks a free one.</summary>
    public int OtlpGrpcPort { get; set; }

    /// <summary>The browser login token; generated at start when empty.</summary>
    public string? Token { get; set; }

    /// <summary>Traces kept; the oldest trace is dropped first.</summary>
    public int MaxTraces { get; set; } = 5_000;

    /// <summary>Spans kept per trace; later spans of a full trace are dropped.</summary>
    public int MaxSpansPerTrace { get; set; } = 1_000;

    /// <summary>Structured log records kept.</summary>
    public int MaxLogEntries { get; set; } = 20_000;

    /// <summary>Metric series kept (one per metric, service and attribute set).</summary>
    public int MaxMetricSeries { get; set; } = 2_000;

    /// <summary>Points kept per metric series.</summary>
    public int MaxPointsPerSeries { get; set; } = 240;

    /// <summary>Ended websocket sessions kept.</summary>
    public int MaxWebSocketSessions { get; set; } = 2_000;
}
