namespace OdooAspire.AppHost.Doctor;

/// <summary>
/// What the doctor knows of each Odoo series it supports: the bus version its web client announces on
/// <c>/websocket</c> (the bundle's; 19.0 changes it within the series, so after a login the server's own session info
/// wins), and how long its websocket worker stays silent before it pings an idle socket.
/// </summary>
internal sealed record OdooSeries(string Name, string BusVersion, TimeSpan IdlePing)
{
    public static IReadOnlyList<OdooSeries> Known { get; } =
    [
        new("17.0", "17.0-1", TimeSpan.FromSeconds(45)),
        new("18.0", "18.0-5", TimeSpan.FromSeconds(45)),
        new("19.0", "19.0-2", TimeSpan.FromSeconds(40)),
    ];

    /// <summary>The longest idle ping of the known series: the bound to use when the series is not known.</summary>
    public static TimeSpan LongestIdlePing { get; } = Known.Max(s => s.IdlePing);

    public static OdooSeries? Find(string? name) => Known.FirstOrDefault(s => s.Name == name);
}
