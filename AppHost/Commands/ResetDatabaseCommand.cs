using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OdooAspire.Hosting.Odoo;

namespace OdooAspire.AppHost.Commands;

/// <summary>
/// "Reset database" on the Odoo resource: what <c>--reset</c> does at start, while the environment runs. It asks for
/// a reset on the resource's run state and restarts the resource through Aspire's own restart command, so Odoo's
/// start-up work (<see cref="BeforeResourceStartedEvent"/>) drops the database and makes it again (from the template,
/// or by the simulator or the container's own first start) with the server stopped; then it waits until Odoo is healthy.
/// </summary>
internal sealed class ResetDatabaseCommand(IOdooResource odoo)
{
    public const string Name = "reset-database";

    public const string DisplayName = "Reset database";

    public string ConfirmationMessage =>
        $"Drop the database '{odoo.Options.Database}' and create it again as on a first start? Everything in it (chats, "
        + "messages, users, settings) and its filestore is lost. Odoo restarts.";

    public async Task<ExecuteCommandResult> ExecuteAsync(ExecuteCommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.Services;
        var log = services.GetRequiredService<ResourceLoggerService>().GetLogger(context.ResourceName);
        var database = odoo.Options.Database;
        var state = OdooRunStateAnnotation.Of(odoo);
        log.LogWarning("Reset database: restarting {Resource} to drop and re-create database '{Database}'", odoo.Name, database);
        state.ResetRequested = true;
        try
        {
            var restart = await services.GetRequiredService<ResourceCommandService>()
                .ExecuteCommandAsync(context.ResourceName, KnownResourceCommands.RestartCommand, context.CancellationToken);
            if (!restart.Success)
            {
                return CommandResults.Failure(
                    $"{odoo.Name} did not restart, so database '{database}' may not have been reset: {restart.Message} (its console log says why)");
            }
        }
        finally
        {
            // The start-up work clears it once done; a restart that never reached it must not leave a reset pending for a later restart.
            state.ResetRequested = false;
        }

        try
        {
            await services.GetRequiredService<ResourceNotificationService>()
                .WaitForResourceHealthyAsync(odoo.Name, WaitBehavior.StopOnResourceUnavailable, context.CancellationToken);
        }
        catch (DistributedApplicationException ex)
        {
            return CommandResults.Failure($"{odoo.Name} did not come back after the reset of '{database}': {ex.Message} (its console log says why)");
        }

        log.LogInformation("Reset database: '{Database}' was dropped and created again; {Resource} is healthy", database, odoo.Name);
        return CommandResults.Success($"Database '{database}' was dropped and created again; {odoo.Name} is healthy.");
    }
}
