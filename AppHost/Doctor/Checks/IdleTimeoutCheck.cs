using System.Globalization;

namespace OdooAspire.AppHost.Doctor.Checks;

/// <summary>
/// Holds the handshake's socket without sending anything: a proxy whose idle timeout is shorter than Odoo's ping (45 s; 40 s on 19.0)
/// cuts it, and LiveChat sockets then drop and reconnect whenever a conversation pauses.
/// </summary>
internal sealed class IdleTimeoutCheck : IDoctorCheck
{
    public string Name => "idle timeout";

    public string? Announcement(DoctorContext context) =>
        context.Settings.IdleWait > TimeSpan.Zero && context.Socket is not null && !context.VersionRejected
            ? $"      ... holding an idle websocket for {Seconds(context.Settings.IdleWait)} s (--idle-seconds 0 skips this)"
            : null;

    public async Task<CheckResult> RunAsync(DoctorContext context, CancellationToken cancellationToken)
    {
        var wait = context.Settings.IdleWait;
        if (wait <= TimeSpan.Zero)
        {
            return CheckResult.Skip(Name, "skipped (--idle-seconds 0)");
        }

        // A socket that already ended on its own was cut while the earlier checks ran: that is this check's finding.
        if (context.Socket is not { } socket || context.VersionRejected || socket.Ended.IsCanceled || socket.Ended.IsFaulted)
        {
            return CheckResult.Skip(Name, "no open websocket to hold (see the checks above)");
        }

        var remaining = wait - socket.OpenFor;
        var end = await socket.WaitForEndAsync(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, cancellationToken);
        var ping = context.IdlePing;
        if (end is null)
        {
            var held = socket.OpenFor;
            return held > ping
                ? CheckResult.Pass(Name, $"an idle websocket stayed open {Seconds(held)} s, past Odoo's {Seconds(ping)} s ping")
                : CheckResult.Pass(Name, $"an idle websocket stayed open {Seconds(held)} s (less than Odoo's {Seconds(ping)} s ping: " +
                                         $"use --idle-seconds {Seconds(DoctorSettings.DefaultIdleWait)} to prove the proxy keeps it until the ping)");
        }

        return CheckResult.Fail(Name,
            $"an idle websocket was cut after {end.After.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s ({end.Describe()})" +
            (end.After < ping ? $", before Odoo's {Seconds(ping)} s ping: the proxy's idle timeout is too short" : string.Empty),
            $"Keep idle websockets open longer than Odoo's ping ({Seconds(ping)} s; 60 s connection timeout): nginx `proxy_read_timeout 720s; " +
            "proxy_send_timeout 720s;` in location /websocket; OdooAspire gateway: Gateway:WebSocketIdleTimeout (default 00:12:00); " +
            "load balancers in front: idle timeout above 60 s.");
    }

    private static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("0", CultureInfo.InvariantCulture);
}
