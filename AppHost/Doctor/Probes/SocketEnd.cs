namespace OdooAspire.AppHost.Doctor.Probes;

/// <summary>How and when an open websocket ended: a close frame (code, reason) or a broken connection.</summary>
internal sealed record SocketEnd(TimeSpan After, int? CloseCode, string? CloseReason, string? Error)
{
    public string Describe() => CloseCode is { } code
        ? $"close frame {code}{(string.IsNullOrEmpty(CloseReason) ? string.Empty : " " + CloseReason)}"
        : $"connection dropped without a close frame ({Error})";
}
