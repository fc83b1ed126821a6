using Microsoft.Extensions.Configuration;
using OdooAspire.AppHost.State;
using OdooAspire.Hosting.Odoo;

namespace OdooAspire.AppHost.Doctor;

/// <summary>
/// Finds the gateway of the environment <c>dotnet run --project AppHost</c> runs (it records its URLs in the data
/// folder once healthy), and the development login of its database.
/// </summary>
internal static class RunningEnvironmentLocator
{
    public const string GatewayLabel = "Gateway";

    /// <summary>The password of <c>admin</c> on a fresh Odoo database (the environment's development login).</summary>
    public const string DevelopmentPassword = "admin";

    private const string DefaultDatabase = "odoo";

    /// <summary>
    /// Reads the AppHost's configuration (appsettings, user secrets, environment, <paramref name="hostArguments"/>)
    /// through Aspire's own builder, so the doctor looks where the host writes; nothing is built or started.
    /// </summary>
    public static (Uri Target, OdooCredentials Credentials, string FoundIn) Locate(IReadOnlyList<string> hostArguments)
    {
        ArgumentNullException.ThrowIfNull(hostArguments);
        var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions { Args = [.. hostArguments], DisableDashboard = true });
        return Locate(DataPathOf(builder.Configuration), builder.Configuration);
    }

    public static (Uri Target, OdooCredentials Credentials, string FoundIn) Locate(string dataPath, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var file = RunningEnvironmentFile.PathIn(dataPath);
        var running = RunningEnvironmentFile.TryRead(dataPath)
            ?? throw new DoctorUsageException(
                $"no running environment found ({file} is absent or its host has exited). " +
                "Start one with `dotnet run --project AppHost`, or pass the URL to check: doctor --url https://erp.example.com");
        if (!running.Urls.TryGetValue(GatewayLabel, out var gateway) || !Uri.TryCreate(gateway, UriKind.Absolute, out var target))
        {
            throw new DoctorUsageException($"the running environment (pid {running.ProcessId}) published no gateway URL in {file}; pass --url.");
        }

        var database = configuration[$"Odoo:{nameof(OdooOptions.Database)}"] is { Length: > 0 } name ? name : DefaultDatabase;
        return (target, new OdooCredentials(database, IOdooResource.DevelopmentLogin, DevelopmentPassword), $"the running environment, pid {running.ProcessId}");
    }

    /// <summary>The data folder as the host resolves it (<c>DataPath</c>, else the per-user default), without creating it.</summary>
    internal static string DataPathOf(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration[DataFolderExtensions.DataPathKey];
        return Path.GetFullPath(string.IsNullOrWhiteSpace(configured)
            ? DataFolderExtensions.DefaultDataPath(Environment.GetEnvironmentVariable("XDG_DATA_HOME"), Environment.UserName == "root")
            : configured);
    }
}
