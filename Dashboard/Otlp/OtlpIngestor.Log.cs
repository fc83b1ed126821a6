using Microsoft.Extensions.Logging;

namespace OdooAspire.Dashboard.Otlp;

internal sealed partial class OtlpIngestor
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "OTLP {Signal} export from {Service}: {Rejected} item(s) rejected: {Reason}")]
    private static partial void LogRejected(ILogger logger, string signal, string service, int rejected, string reason);
}
