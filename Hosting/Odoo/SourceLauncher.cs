using OdooAspire.Hosting.Orchestration;

namespace OdooAspire.Hosting.Odoo;

/// <summary>Source mode: <c>python3 odoo-bin</c> from a local Odoo source tree (dependencies from the OS packages).</summary>
internal sealed class SourceLauncher : IOdooLauncher
{
    public OdooMode Mode => OdooMode.Source;

    public Task<OdooCommand> PrepareAsync(OdooResource odoo, ResourceStartContext context, CancellationToken cancellationToken)
    {
        var source = odoo.Options.SourcePath
            ?? throw new InvalidOperationException("Odoo:Mode is Source but Odoo:SourcePath is not set: point it at the folder holding odoo-bin.");
        var odooBin = Path.Combine(Path.GetFullPath(source), "odoo-bin");
        if (!File.Exists(odooBin))
        {
            throw new FileNotFoundException($"Odoo:SourcePath '{source}' has no odoo-bin.", odooBin);
        }

        if (!File.Exists(odoo.Options.Python))
        {
            throw new FileNotFoundException($"The python interpreter '{odoo.Options.Python}' (Odoo:Python) does not exist.", odoo.Options.Python);
        }

        return Task.FromResult(new OdooCommand(odoo.Options.Python, [odooBin], Path.GetDirectoryName(odooBin)!));
    }
}
