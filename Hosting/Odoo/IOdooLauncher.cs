using OdooAspire.Hosting.Orchestration;

namespace OdooAspire.Hosting.Odoo;

/// <summary>One per Odoo mode: prepares the program that reads the generated odoo.conf.</summary>
internal interface IOdooLauncher
{
    OdooMode Mode { get; }

    Task<OdooCommand> PrepareAsync(OdooResource odoo, ResourceStartContext context, CancellationToken cancellationToken);
}
