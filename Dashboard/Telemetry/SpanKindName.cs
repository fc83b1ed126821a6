namespace OdooAspire.Dashboard.Telemetry;

/// <summary>The OTLP span kinds.</summary>
internal enum SpanKindName
{
    Unspecified,
    Internal,
    Server,
    Client,
    Producer,
    Consumer,
}
