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

    public static BusVersion? ForSeries(string series) =>
        OdooSeries.Find(series) is { } known ? new BusVersion(known.BusVersion, BusVersionSource.Series, series) : null;
}
