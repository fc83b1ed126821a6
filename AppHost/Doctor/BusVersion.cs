namespace OdooAspire.AppHost.Doctor;

/// <summary>The <c>version</c> query of <c>/websocket</c> and its source (the server's own session info, a table, the user).</summary>
internal sealed record BusVersion(string Value, BusVersionSource Source, string? Series = null)
{
    public string SourceText => Source switch
    {
        BusVersionSource.CommandLine => "--bus-version",
        BusVersionSource.SessionInfo => "the server's session info",
        _ => $"the web client of Odoo {Series}",
    };

    /// <summary>
    /// Odoo's bus protocol version per series, as shipped in the web client bundle. 19.0 changes it within the
    /// series, so for 19.0 the session info (after a login) is the reliable source.
    /// </summary>
    private static readonly Dictionary<string, string> BySeries = new(StringComparer.Ordinal)
    {
        ["17.0"] = "17.0-1",
        ["18.0"] = "18.0-5",
        ["19.0"] = "19.0-2",
    };

    public static BusVersion? ForSeries(string series) =>
        BySeries.TryGetValue(series, out var version) ? new BusVersion(version, BusVersionSource.Series, series) : null;
}
