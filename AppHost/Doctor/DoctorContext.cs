using OdooAspire.AppHost.Doctor.Probes;

namespace OdooAspire.AppHost.Doctor;

/// <summary>The target, the probes, and what the checks learned so far (later checks build on earlier ones).</summary>
internal sealed class DoctorContext(DoctorSettings settings, TimeProvider time) : IAsyncDisposable
{
    public DoctorSettings Settings { get; } = settings;

    public TimeProvider Time { get; } = time;

    public OdooHttpProbe Http { get; } = new(settings.Target, settings.StepTimeout, settings.AcceptAnyCertificate, time);

    public WebSocketProbe WebSockets { get; } = new(settings.Target, settings.StepTimeout, settings.AcceptAnyCertificate, time);

    /// <summary>Set by the health check: Odoo answered <c>/web/health</c>.</summary>
    public bool OdooReachable { get; set; }

    /// <summary>The series the HTTP side reports (<c>18.0</c>), when known.</summary>
    public string? ServerSeries { get; set; }

    /// <summary>How long the server's websocket worker lets a socket idle before its ping (the longest known when the series is not).</summary>
    public TimeSpan IdlePing => OdooSeries.Find(ServerSeries)?.IdlePing ?? OdooSeries.LongestIdlePing;

    /// <summary>The bus version the doctor announces on <c>/websocket</c>, and where it comes from.</summary>
    public BusVersion? BusVersion { get; set; }

    /// <summary>Set by the login check when credentials were given and accepted.</summary>
    public OdooSession? Session { get; set; }

    /// <summary>The socket the handshake check opened, held idle by the later checks.</summary>
    public OpenWebSocket? Socket { get; set; }

    /// <summary>Set by the bus version check when Odoo closed the socket because of the version.</summary>
    public bool VersionRejected { get; set; }

    public async ValueTask DisposeAsync()
    {
        if (Socket is not null)
        {
            await Socket.DisposeAsync();
        }

        Http.Dispose();
    }
}
