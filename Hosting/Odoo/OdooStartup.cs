using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OdooAspire.Hosting.Postgres;

namespace OdooAspire.Hosting.Odoo;

/// <summary>
/// What happens before Odoo starts, in every mode (Aspire's <see cref="BeforeResourceStartedEvent"/>): wait for the
/// database server, give Odoo its own role, write odoo.conf with the allocated ports, and make sure the database is
/// there: kept, reset on request, cloned from the cached template, or installed with <c>Odoo:Modules</c>.
/// </summary>
internal static class OdooStartup
{
    public static async Task RunAsync(IOdooResource odoo, IServiceProvider services, CancellationToken cancellationToken)
    {
        var notifications = services.GetRequiredService<ResourceNotificationService>();
        var progress = new OdooProgress(odoo, notifications, services.GetRequiredService<ResourceLoggerService>().GetLogger(odoo));
        progress.Info(odoo.ModeDecision.Reason);
        try
        {
            // Aspire's own WaitFor runs after this handler: wait here, the database work needs the server.
            await progress.ReportAsync("Waiting", "waiting for the database server");
            await notifications.WaitForDependenciesAsync(odoo, cancellationToken);
            var server = DatabaseServer(odoo);
            var admin = new PostgresDatabaseAdmin(
                await server.GetConnectionStringAsync(cancellationToken)
                    ?? throw new OdooStartupException($"The database server '{server.Name}' has no connection string."),
                odoo.Options.DatabaseUser);
            var password = await odoo.DatabasePassword.GetValueAsync(cancellationToken) ?? string.Empty;
            await admin.EnsureApplicationRoleAsync(password, cancellationToken);
            var state = OdooRunStateAnnotation.Of(odoo);
            var reset = state.ResetRequested || (odoo.Options.Reset && !state.ResetDone);
            var setup = new OdooModeStartup(odoo, server, admin, password, reset, progress);
            await (odoo switch
            {
                OdooSourceResource source => setup.SourceAsync(source, cancellationToken),
                OdooSimulatorResource => setup.SimulatorAsync(cancellationToken),
                OdooContainerResource => setup.ContainerAsync(installOnStart => state.InstallOnStart = installOnStart, cancellationToken),
                _ => throw new InvalidOperationException($"{odoo.GetType().Name} is not an Odoo mode; this is a bug."),
            });
            state.ResetDone |= reset;
            state.ResetRequested &= !reset;

            await progress.ReportAsync(KnownResourceStates.Starting, $"starting Odoo on database '{odoo.Options.Database}'");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The orchestrator logs the exception with its stack; the user reads this line first.
            progress.Log.LogError("Odoo was not started: {Reason}", ex.Message);
            throw;
        }
    }

    /// <summary>The server's command line after the program: the generated config (when Odoo reads it from the host) and the database.</summary>
    public static void AddServerArguments(IOdooResource odoo, CommandLineArgsCallbackContext context, string? configFile)
    {
        ArgumentNullException.ThrowIfNull(odoo);
        ArgumentNullException.ThrowIfNull(context);
        // Long forms with '=': `dotnet run` (the simulator) would take a bare -c for its own --configuration.
        if (configFile is not null)
        {
            context.Args.Add($"--config={configFile}");
        }

        context.Args.Add($"--database={odoo.Options.Database}");
        if (OdooRunStateAnnotation.Of(odoo).InstallOnStart)
        {
            context.Args.Add($"--init={odoo.Options.Modules}");
        }
    }

    /// <summary>The PostgreSQL server Odoo was given with <c>WithReference</c>.</summary>
    private static IResourceWithConnectionString DatabaseServer(IOdooResource odoo)
    {
        var servers = odoo.Annotations.OfType<ResourceRelationshipAnnotation>()
            .Where(r => r.Type == "Reference")
            .Select(r => r.Resource)
            .OfType<IResourceWithConnectionString>()
            .Where(r => r is PostgresServerResource or LocalPostgresServerResource)
            .Distinct()
            .ToList();
        return servers.Count == 1
            ? servers[0]
            : throw new OdooStartupException(
                $"{odoo.Name} needs exactly one PostgreSQL server: add .WithReference(postgres) (found {servers.Count}).");
    }
}
