namespace OdooAspire.Dashboard.Telemetry;

/// <summary>The OTLP span status codes.</summary>
internal enum SpanStatus
{
    Unset,
    Ok,
    Error,
}
