using Microsoft.Extensions.Configuration;
using OdooAspire.Hosting;
using OdooAspire.Hosting.Odoo;
using OdooAspire.Hosting.State;

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

    /// <summary>Reads the AppHost's configuration (appsettings, environment, <paramref name="hostArguments"/>) like the host does.</summary>
    public static (Uri Target, OdooCredentials Credentials, string FoundIn) Locate(IReadOnlyList<string> hostArguments)
    {
        var builder = DevHost.CreateBuilder([.. hostArguments]);
        return Locate(builder.DataPath, builder.Configuration);
    }

    public static (Uri Target, OdooCredentials Credentials, string FoundIn) Locate(string dataPath, IConfiguration configuration)
    {
        var file = RunningEnvironmentFile.PathIn(dataPath);
        var running = RunningEnvironmentFile.TryRead(dataPath)
            ?? throw new DoctorUsageException(
                $"no running environment found ({file} is absent or its host has exited). " +
                "Start one with `dotnet run --project AppHost`, or pass the URL to check: doctor --url https://erp.example.com");
        if (!running.Urls.TryGetValue(GatewayLabel, out var gateway) || !Uri.TryCreate(gateway, UriKind.Absolute, out var target))
        {
            throw new DoctorUsageException($"the running environment (pid {running.ProcessId}) published no gateway URL in {file}; pass --url.");
        }

        var database = configuration[$"{KnownConfigNames.OdooSection}:{nameof(OdooOptions.Database)}"] is { Length: > 0 } name ? name : "odoo";
        return (target, new OdooCredentials(database, OdooResource.DevelopmentLogin, DevelopmentPassword), $"the running environment, pid {running.ProcessId}");
    }
}
