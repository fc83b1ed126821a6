namespace OdooAspire.AppHost.Doctor.Checks;

/// <summary>
/// Odoo closes a socket whose <c>version</c> differs from its own at once (1000 <c>OUTDATED_VERSION</c>): the web
/// client's worker then deactivates itself (no real-time notifications until a reload). Seen here, it means <c>/websocket</c> reaches other Odoo code than the HTTP routes.
/// </summary>
internal sealed class BusVersionCheck : IDoctorCheck
{
    public const string OutdatedVersion = "OUTDATED_VERSION";

    public string Name => "bus version";

    public async Task<CheckResult> RunAsync(DoctorContext context, CancellationToken cancellationToken)
    {
        if (context.Socket is not { } socket)
        {
            return CheckResult.Skip(Name, "no websocket (see the handshake)");
        }

        var announced = context.BusVersion;
        var end = await socket.WaitForEndAsync(context.Settings.VersionCloseWait, cancellationToken);
        if (end is null)
        {
            return announced is null
                ? CheckResult.Warn(Name, "the socket stays open without a version query; the doctor could not tell which version Odoo expects")
                : CheckResult.Pass(Name, $"the socket stays open with version={announced.Value} (from {announced.SourceText})");
        }

        if (end is { CloseCode: 1000, CloseReason: OutdatedVersion })
        {
            context.VersionRejected = true;
            var finding = $"Odoo closed the socket at once with {OutdatedVersion}: its websocket worker does not speak bus version " +
                          $"{announced?.Value ?? "(none sent)"} (from {announced?.SourceText ?? "nowhere"})";
            return CheckResult.Fail(Name, finding, FixFor(announced, context.ServerSeries));
        }

        return CheckResult.Warn(Name, $"the socket ended {end.After.TotalSeconds:0.0} s after the handshake: {end.Describe()}",
            "Look at the proxy's and Odoo's logs for why a fresh websocket is closed.");
    }

    private static string FixFor(BusVersion? announced, string? series) => announced?.Source switch
    {
        BusVersionSource.CommandLine =>
            "The server does not speak that version: a browser holding a web client bundle with it deactivates its websocket " +
            "(no real-time LiveChat until a reload). " +
            "Purge proxy/CDN caches of /web/assets, and check that every Odoo process runs the same code.",
        BusVersionSource.SessionInfo =>
            "The HTTP routes and /websocket reach different Odoo code: restart every Odoo process after an upgrade " +
            "(the gevent process too) and send / and /websocket to the same installation.",
        _ =>
            $"/websocket reaches Odoo code other than Odoo {series ?? "?"} that the HTTP routes report: the proxy sends it to another " +
            "installation, or the gevent process was not restarted after an upgrade (restart all Odoo processes). " +
            "If the server is a custom build, pass --bus-version or --db/--login/--password so the doctor uses its own version.",
    };
}
