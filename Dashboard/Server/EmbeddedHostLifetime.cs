using Microsoft.Extensions.Hosting;

namespace OdooAspire.Dashboard.Server;

/// <summary>
/// The dashboard lives inside the AppHost process: its web hosts must not hook Ctrl+C or SIGTERM,
/// which belong to the AppHost. Their owner, <see cref="DashboardHost"/>, stops them.
/// </summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
