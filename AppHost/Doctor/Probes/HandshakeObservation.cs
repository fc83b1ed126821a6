namespace OdooAspire.AppHost.Doctor.Probes;

/// <summary>What a websocket upgrade request got: the status line, headers and body, or the reason for no answer.</summary>
internal sealed record HandshakeObservation
{
    public int Status { get; init; }

    public string Reason { get; init; } = string.Empty;

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public string Body { get; init; } = string.Empty;

    public TimeSpan Elapsed { get; init; }

    public ProbeFailure? Failure { get; init; }

    /// <summary>True when a 101 carried the Sec-WebSocket-Accept that matches the key sent.</summary>
    public bool AcceptValid { get; init; }

    /// <summary>The open socket after a valid 101; its owner disposes it.</summary>
    public OpenWebSocket? Socket { get; init; }

    public bool Answered => Failure is null;

    public string Describe() => Answered ? $"{Status} {Reason}".TrimEnd() : Failure!.Message;
}
