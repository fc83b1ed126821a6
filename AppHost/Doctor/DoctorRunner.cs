using OdooAspire.AppHost.Doctor.Checks;

namespace OdooAspire.AppHost.Doctor;

/// <summary>Runs the checks in order, printing each result as it comes.</summary>
internal sealed class DoctorRunner(IReadOnlyList<IDoctorCheck> checks)
{
    /// <summary>Cheap checks first; the idle check last (it waits).</summary>
    public static DoctorRunner Default() => new(
    [
        new HealthCheck(),
        new ServerVersionCheck(),
        new LoginCheck(),
        new WebsocketRouteCheck(),
        new WebsocketHandshakeCheck(),
        new BusVersionCheck(),
        new ForwardedHostCheck(),
        new IdleTimeoutCheck(),
    ]);

    public async Task<DoctorReport> RunAsync(DoctorContext context, DoctorReportWriter writer, CancellationToken cancellationToken)
    {
        var results = new List<CheckResult>();
        foreach (var check in checks)
        {
            CheckResult result;
            if (check.NeedsReachableOdoo && !context.OdooReachable)
            {
                result = CheckResult.Skip(check.Name, "Odoo is not reachable (see above)");
            }
            else
            {
                if (check.Announcement(context) is { } announcement)
                {
                    writer.WriteNote(announcement);
                }

                result = await RunOneAsync(check, context, cancellationToken);
            }

            results.Add(result);
            writer.WriteResult(result);
        }

        var report = new DoctorReport(results);
        writer.WriteSummary(report);
        return report;
    }

    /// <summary>A check that breaks is reported as its own failure; the other checks still run.</summary>
    private static async Task<CheckResult> RunOneAsync(IDoctorCheck check, DoctorContext context, CancellationToken cancellationToken)
    {
        try
        {
            return await check.RunAsync(context, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return CheckResult.Fail(check.Name, $"the check itself failed ({ex.GetType().Name}: {ex.Message})",
                "This is a doctor bug, not a finding about Odoo; please report it with this line.");
        }
    }
}
