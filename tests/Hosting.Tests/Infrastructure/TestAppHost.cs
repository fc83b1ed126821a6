using System.Reflection;
using System.Runtime.InteropServices;
using Aspire.Hosting;

namespace OdooAspire.Hosting.Tests.Infrastructure;

/// <summary>
/// A tiny AppHost built inside a test, without a dashboard. This test project is not an Aspire AppHost project, so
/// its assembly lacks the paths of the orchestrator and the dashboard (the metadata the AppHost SDK writes), which
/// Aspire requires (its testing builder refuses to start without them); they are then taken from their NuGet
/// packages, which restoring the repository's AppHost project brings in.
/// </summary>
internal static class TestAppHost
{
    private static readonly Lazy<string[]> ToolArguments = new(FindToolArguments);

    /// <summary>
    /// The builder. Disposing the app waits until the orchestrator has stopped every resource: otherwise the app
    /// deletes the orchestrator's session folder while it is still cleaning up, its cleanup fails ("Could not get
    /// config … kubeconfig"), and about 5 s later its per-resource monitor kills the process tree with SIGKILL.
    /// </summary>
    public static IDistributedApplicationBuilder Create(params string[] args) =>
        DistributedApplication.CreateBuilder(new DistributedApplicationOptions
        {
            Args = [.. args, "--DcpPublisher:WaitForResourceCleanup=true", .. ToolArguments.Value],
            DisableDashboard = true,
            // Aspire runs project resources in the build configuration of this assembly; by default it reads the
            // entry assembly's, which under `dotnet test` is the test host (built Release), not the tests'.
            AssemblyName = typeof(TestAppHost).Assembly.GetName().Name,
        });

    private static string[] FindToolArguments()
    {
        var metadata = typeof(TestAppHost).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>();
        if (metadata.Any(m => string.Equals(m.Key, "dcpclipath", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPIRE_DCP_PATH")))
        {
            return [];
        }

        var version = typeof(DistributedApplication).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
            ?? throw new InvalidOperationException("Aspire.Hosting has no informational version.");
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var rid = RuntimeInformation.RuntimeIdentifier;
        var dcp = Path.Combine(packages, $"aspire.hosting.orchestration.{rid}", version, "tools", "dcp");
        var dashboard = Path.Combine(packages, $"aspire.dashboard.sdk.{rid}", version, "tools");
        if (!File.Exists(dcp) || !Directory.Exists(dashboard))
        {
            throw new InvalidOperationException(
                $"Aspire's orchestrator and dashboard {version} are not in the NuGet cache ({dcp}, {dashboard}). Restore the "
                + "AppHost project (dotnet restore AppHost) or set ASPIRE_DCP_PATH and ASPIRE_DASHBOARD_PATH.");
        }

        return [$"--DcpPublisher:CliPath={dcp}", $"--DcpPublisher:DashboardPath={dashboard}"];
    }
}
