namespace OdooAspire.AppHost.Doctor.Probes;

/// <summary>What one HTTP request got: an answer, or the reason there was none.</summary>
internal sealed record HttpObservation
{
    public int Status { get; init; }

    public string Reason { get; init; } = string.Empty;

    /// <summary>The Location header exactly as sent (relative or absolute), or null.</summary>
    public string? Location { get; init; }

    public IReadOnlyList<string> SetCookies { get; init; } = [];

    public string Body { get; init; } = string.Empty;

    public TimeSpan Elapsed { get; init; }

    public ProbeFailure? Failure { get; init; }

    public bool Answered => Failure is null;

    /// <summary><c>200 OK</c>, or the failure.</summary>
    public string Describe() => Answered ? $"{Status} {Reason}".TrimEnd() : Failure!.Message;
}
