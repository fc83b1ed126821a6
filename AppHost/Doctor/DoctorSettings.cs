namespace OdooAspire.AppHost.Doctor;

/// <summary>What to check and how long each step may take.</summary>
internal sealed record DoctorSettings(Uri Target)
{
    public static readonly TimeSpan DefaultStepTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Longer than Odoo's idle ping (45 s; 40 s on 19.0), so a proxy that cuts idle sockets before the ping shows.</summary>
    public static readonly TimeSpan DefaultIdleWait = TimeSpan.FromSeconds(50);

    /// <summary>Bound of every network step (connect, request, answer).</summary>
    public TimeSpan StepTimeout { get; init; } = DefaultStepTimeout;

    /// <summary>How long to hold a websocket idle; zero skips the idle check.</summary>
    public TimeSpan IdleWait { get; init; } = DefaultIdleWait;

    /// <summary>How long to wait for Odoo to close a socket whose version it rejects (it does so at once).</summary>
    public TimeSpan VersionCloseWait { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The bus version to announce; found from the server when null.</summary>
    public string? BusVersion { get; init; }

    public OdooCredentials? Credentials { get; init; }

    /// <summary>Accept any TLS certificate (development certificates).</summary>
    public bool AcceptAnyCertificate { get; init; }

    /// <summary>scheme://host[:port] of the target, as a browser sends it in Origin.</summary>
    public string Origin => Target.GetLeftPart(UriPartial.Authority);
}
