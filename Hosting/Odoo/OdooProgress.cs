using Microsoft.Extensions.Logging;

namespace OdooAspire.Hosting.Odoo;

/// <summary>
/// What Odoo's start-up work tells the user: a line in the resource's log for every step, and the step in progress
/// as the resource's state (the dashboard's state column, the console's progress lines), with its details in the
/// <see cref="DetailProperty"/> property (the dashboard rewrites numbers and URLs in state text).
/// </summary>
internal sealed class OdooProgress(IResource resource, ResourceNotificationService notifications, ILogger log)
{
    /// <summary>The resource property holding the step in progress in full.</summary>
    public const string DetailProperty = "odoo.progress";

    public ILogger Log { get; } = log;

    /// <summary>Shows <paramref name="state"/> as the resource's state, with <paramref name="detail"/> in full.</summary>
    public Task ReportAsync(string state, string detail) =>
        notifications.PublishUpdateAsync(resource, s => s with
        {
            State = new ResourceStateSnapshot(state, KnownResourceStateStyles.Info),
            Properties = [.. s.Properties.Where(p => p.Name != DetailProperty), new ResourcePropertySnapshot(DetailProperty, detail)],
        });

    /// <summary>A step worth a log line and the state: <paramref name="detail"/> is both.</summary>
    public async Task StepAsync(string state, string detail)
    {
        Log.LogInformation("{Step}", detail);
        await ReportAsync(state, detail);
    }

    /// <summary>Logs the Odoo version the resource runs and shows it as the <see cref="OdooVersion.Property"/> property.</summary>
    public Task ShowVersionAsync(OdooVersion version)
    {
        Log.LogInformation("Odoo {Version}", version);
        return notifications.PublishUpdateAsync(resource, s => s with
        {
            Properties = [.. s.Properties.Where(p => p.Name != OdooVersion.Property), new ResourcePropertySnapshot(OdooVersion.Property, version.ToString())],
        });
    }

    public void Info(string message) => Log.LogInformation("{Message}", message);
}
