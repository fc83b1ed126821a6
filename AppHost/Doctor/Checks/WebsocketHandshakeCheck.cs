using OdooAspire.AppHost.Doctor.Probes;

namespace OdooAspire.AppHost.Doctor.Checks;

/// <summary>
/// A browser's handshake on <c>/websocket</c> (Origin = the URL's origin, the bus <c>version</c> query). Each refusal
/// Odoo or a proxy gives has a known cause: 500 multi-process Odoo reached on its HTTP port, 400 upgrade headers
/// dropped, 502 nothing on the gevent port.
/// </summary>
internal sealed class WebsocketHandshakeCheck : IDoctorCheck
{
    public string Name => "websocket handshake";

    public async Task<CheckResult> RunAsync(DoctorContext context, CancellationToken cancellationToken)
    {
        var path = context.BusVersion is { } version ? $"/websocket?version={Uri.EscapeDataString(version.Value)}" : "/websocket";
        var handshake = await context.WebSockets.HandshakeAsync(path, context.Settings.Origin, cancellationToken);
        if (handshake.Socket is { } socket)
        {
            context.Socket = socket;
            return CheckResult.Pass(Name, $"GET {path}: 101 Switching Protocols in {handshake.Elapsed.TotalMilliseconds:0} ms");
        }

        return Diagnose(path, handshake);
    }

    private CheckResult Diagnose(string path, HandshakeObservation handshake)
    {
        var seen = $"GET {path} with Upgrade: {handshake.Describe()}";
        var excerpt = ResponseText.ExcerptAfterStatus(handshake.Body, handshake.Status, handshake.Reason, 120);
        return handshake switch
        {
            { Answered: false } => CheckResult.Fail(Name, seen,
                "The proxy accepts the connection but does not answer the upgrade: check its /websocket route and timeouts.\n" + WebsocketFixes.ForwardUpgrade),
            { Status: 101 } => CheckResult.Fail(Name, $"{seen} with a wrong Sec-WebSocket-Accept: something between the doctor and Odoo rewrites the handshake",
                "Let the proxy pass the handshake through unchanged (no websocket termination or header rewriting on /websocket)."),
            { Status: 500 } => CheckResult.Fail(Name,
                $"{seen}{(excerpt.Length > 0 ? $" ({excerpt})" : string.Empty)}: multi-process Odoo (workers >= 1) got the websocket on its HTTP port, " +
                "where it cannot hold websockets (Odoo logs \"Couldn't bind the websocket. Is the connection opened on the evented port (8072)?\"); " +
                "LiveChat is not real-time",
                WebsocketFixes.RouteToGevent),
            { Status: 400 } when excerpt.Contains("missing header", StringComparison.OrdinalIgnoreCase) => CheckResult.Fail(Name,
                $"{seen} ({excerpt}): a handshake header the doctor sent (Origin, Sec-WebSocket-Key/-Version) does not reach Odoo",
                "Forward the client's handshake headers unchanged on /websocket (look for proxy_set_header or header-clearing rules on Origin and Sec-WebSocket-*)."),
            { Status: 400 } => CheckResult.Fail(Name,
                $"{seen}{(excerpt.Length > 0 ? $" ({excerpt})" : string.Empty)}: Odoo got /websocket without the Upgrade/Connection headers, " +
                "so the proxy forwards it as a plain request",
                WebsocketFixes.ForwardUpgrade),
            { Status: 502 or 503 or 504 } => CheckResult.Fail(Name,
                $"{seen} from the proxy: nothing answers where it sends /websocket (threaded Odoo has no gevent port, or the gevent process is down)",
                WebsocketFixes.NothingListens),
            { Status: 404 } => CheckResult.Fail(Name, $"{seen}: the proxy does not forward /websocket (or Odoo runs without its bus module)",
                WebsocketFixes.RouteToGevent),
            { Status: 426 } => CheckResult.Fail(Name, $"{seen}: Sec-WebSocket-Version 13 did not reach Odoo",
                "Forward the client's Sec-WebSocket-* headers unchanged on /websocket."),
            { Status: >= 300 and < 400 } => CheckResult.Fail(Name,
                $"{seen} to {handshake.Headers.GetValueOrDefault("Location", "(no Location)")}: browsers do not follow redirects on a websocket handshake",
                "Run the doctor on the URL users open (e.g. https://...), and do not redirect /websocket in the proxy."),
            _ => CheckResult.Fail(Name, $"{seen}{(excerpt.Length > 0 ? $" ({excerpt})" : string.Empty)}: the upgrade does not reach Odoo's websocket worker",
                WebsocketFixes.RouteToGevent + "\n" + WebsocketFixes.ForwardUpgrade),
        };
    }
}
