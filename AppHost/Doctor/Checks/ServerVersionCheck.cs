using System.Text.Json.Nodes;

namespace OdooAspire.AppHost.Doctor.Checks;

/// <summary><c>/web/webclient/version_info</c>: the series the HTTP side runs, hence the bus version its web client sends.</summary>
internal sealed class ServerVersionCheck : IDoctorCheck
{
    public string Name => "odoo version";

    public async Task<CheckResult> RunAsync(DoctorContext context, CancellationToken cancellationToken)
    {
        var answer = JsonRpcAnswer.From(await context.Http.PostJsonRpcAsync("/web/webclient/version_info", new JsonObject(), null, cancellationToken));
        var series = answer.Result?["server_serie"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        context.ServerSeries = series;
        if (context.Settings.BusVersion is { } forced)
        {
            context.BusVersion = new BusVersion(forced, BusVersionSource.CommandLine);
            return CheckResult.Pass(Name, $"Odoo {series ?? "(version unknown)"}; bus version {forced} (from --bus-version)");
        }

        if (series is null)
        {
            return CheckResult.Warn(Name, $"could not read the version from /web/webclient/version_info ({answer.Problem})",
                "Pass --bus-version (the websocket_worker_version of /web/session/authenticate) or --db/--login/--password.");
        }

        context.BusVersion = BusVersion.ForSeries(series);
        return context.BusVersion is { } bus
            ? CheckResult.Pass(Name, $"Odoo {series}; its web client connects with bus version {bus.Value}")
            : CheckResult.Warn(Name, $"Odoo {series}: the doctor does not know this series' bus version",
                "Pass --bus-version (the websocket_worker_version of /web/session/authenticate) or --db/--login/--password.");
    }
}
