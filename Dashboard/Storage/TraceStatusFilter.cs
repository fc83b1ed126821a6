namespace OdooAspire.Dashboard.Storage;

/// <summary>Which traces the status filter keeps.</summary>
internal enum TraceStatusFilter
{
    Any,
    Ok,
    Error,
}
