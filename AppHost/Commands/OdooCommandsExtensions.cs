using OdooAspire.Hosting.Odoo;

namespace OdooAspire.AppHost.Commands;

/// <summary>What the dashboard offers on the Odoo resource: run the doctor, reset the database, open Odoo through the gateway.</summary>
internal static class OdooCommandsExtensions
{
    /// <summary>The dashboard's label of the link to Odoo's login page through the gateway.</summary>
    public const string OpenOdooText = "Open Odoo (through the gateway)";

    /// <summary>
    /// Adds "Run doctor" and "Reset database" (enabled while Odoo runs healthy and no run of the same command is under
    /// way) and a link to <c>/web/login</c> on <paramref name="gateway"/>'s HTTP endpoint; Odoo's own endpoints stay
    /// in the details only: in multi-process mode a browser on Odoo's HTTP port gets no websocket.
    /// </summary>
    public static IResourceBuilder<IOdooResource> WithOdooCommands(this IResourceBuilder<IOdooResource> odoo, IResourceBuilder<ProjectResource> gateway)
    {
        ArgumentNullException.ThrowIfNull(odoo);
        ArgumentNullException.ThrowIfNull(gateway);
        var resource = odoo.Resource;
        var gatewayHttp = gateway.GetEndpoint("http");

        var doctor = new ExclusiveCommand(DoctorResourceCommand.DisplayName, new DoctorResourceCommand(resource, gatewayHttp).ExecuteAsync);
        odoo.WithCommand(DoctorResourceCommand.Name, DoctorResourceCommand.DisplayName, context => doctor.ExecuteAsync(resource, context), new CommandOptions
        {
            Description = "Check the gateway in front of Odoo for what breaks LiveChat (doctor); the report goes to the console log",
            IconName = "Stethoscope",
            UpdateState = doctor.State,
        });

        var reset = new ResetDatabaseCommand(resource);
        var exclusiveReset = new ExclusiveCommand(ResetDatabaseCommand.DisplayName, reset.ExecuteAsync);
        odoo.WithCommand(ResetDatabaseCommand.Name, ResetDatabaseCommand.DisplayName, context => exclusiveReset.ExecuteAsync(resource, context), new CommandOptions
        {
            Description = $"Drop the database '{resource.Options.Database}' and create it again (as --reset does at start)",
            ConfirmationMessage = reset.ConfirmationMessage,
            IconName = "ArrowReset",
            UpdateState = exclusiveReset.State,
        });

        return odoo.WithUrls(async context =>
        {
            foreach (var url in context.Urls.Where(u => u.Endpoint?.Resource == resource))
            {
                url.DisplayLocation = UrlDisplayLocation.DetailsOnly;
            }

            // The gateway's endpoint is allocated beside Odoo's; this waits for it when Odoo's come first.
            var login = await gatewayHttp.GetValueAsync(context.CancellationToken);
            context.Urls.Add(new ResourceUrlAnnotation { Url = $"{login?.TrimEnd('/')}/web/login", DisplayText = OpenOdooText });
        });
    }
}
