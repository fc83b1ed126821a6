namespace OdooAspire.AppHost.Doctor;

/// <summary>The parsed command line: an explicit target, or none (then the running environment is checked).</summary>
internal sealed record DoctorRequest
{
    /// <summary>The URL to check; null means the environment the AppHost is running.</summary>
    public Uri? Target { get; init; }

    public TimeSpan StepTimeout { get; init; } = DoctorSettings.DefaultStepTimeout;

    public TimeSpan IdleWait { get; init; } = DoctorSettings.DefaultIdleWait;

    public string? BusVersion { get; init; }

    public string? Database { get; init; }

    public string? Login { get; init; }

    public string? Password { get; init; }

    public bool AcceptAnyCertificate { get; init; }

    /// <summary>AppHost configuration used to find the running environment (<c>--DataPath</c>).</summary>
    public IReadOnlyList<string> HostArguments { get; init; } = [];

    public bool ShowHelp { get; init; }

    public DoctorSettings ToSettings(Uri target, OdooCredentials? defaultCredentials) => new(target)
    {
        StepTimeout = StepTimeout,
        IdleWait = IdleWait,
        BusVersion = BusVersion,
        AcceptAnyCertificate = AcceptAnyCertificate,
        Credentials = Database is not null && Password is not null
            ? new OdooCredentials(Database, Login ?? "admin", Password)
            : defaultCredentials,
    };
}
