namespace OdooAspire.Hosting.Processes;

/// <summary>Everything needed to start one supervised process.</summary>
internal sealed record ProcessSpec(string FileName, IReadOnlyList<string> Arguments)
{
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    public string? WorkingDirectory { get; init; }

    /// <summary>Run as this OS user (used when the host runs as root and the program refuses root).</summary>
    public string? RunAsUser { get; init; }

    /// <summary>The signal asking for a graceful stop (PostgreSQL's fast shutdown is SIGINT).</summary>
    public PosixSignalNumber StopSignal { get; init; } = PosixSignalNumber.Term;

    /// <summary>How long a graceful stop may take before the process group is killed.</summary>
    public TimeSpan StopTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public override string ToString() => string.Join(' ', [FileName, .. Arguments]);
}
