namespace OdooAspire.Dashboard.Telemetry;

/// <summary>Log levels, ordered, from the OTLP severity number ranges.</summary>
internal enum LogSeverity
{
    Unspecified,
    Trace,
    Debug,
    Information,
    Warning,
    Error,
    Critical,
}
