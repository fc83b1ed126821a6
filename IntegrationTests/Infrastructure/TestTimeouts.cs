namespace OdooAspire.IntegrationTests.Infrastructure;

/// <summary>Every deadline the end-to-end tests wait with; longer under CI, where the machine is shared.</summary>
internal static class TestTimeouts
{
    private static readonly bool UnderCi = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    /// <summary>Creating the AppHost's builder (its Program.cs composes the graph).</summary>
    public static TimeSpan GraphCreate { get; } = TimeSpan.FromMinutes(1);

    /// <summary>From nothing to every resource healthy (a real Odoo's first database takes ~30 s to create).</summary>
    public static TimeSpan GraphStart { get; } = TimeSpan.FromMinutes(UnderCi ? 6 : 4);

    /// <summary>Stopping the whole graph (DCP gives each process 6 s after SIGTERM, then kills it).</summary>
    public static TimeSpan GraphStop { get; } = TimeSpan.FromSeconds(60);

    /// <summary>How long a graph's processes (DCP and its monitors, PostgreSQL's backends) may take to go after the stop.</summary>
    public static TimeSpan LeftoverGrace { get; } = TimeSpan.FromSeconds(UnderCi ? 20 : 10);

    /// <summary>One notification to arrive on a socket (Odoo delivers in well under a second).</summary>
    public static TimeSpan Delivery { get; } = TimeSpan.FromSeconds(UnderCi ? 20 : 10);

    /// <summary>Telemetry to reach the dashboard: the exporters batch for up to 5 s.</summary>
    public static TimeSpan Telemetry { get; } = TimeSpan.FromSeconds(UnderCi ? 40 : 25);

    /// <summary>A whole scenario, calls and deliveries included.</summary>
    public static TimeSpan Scenario { get; } = TimeSpan.FromMinutes(UnderCi ? 3 : 2);
}
