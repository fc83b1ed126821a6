using OdooAspire.Hosting.Orchestration;
using OdooAspire.Hosting.Projects;

namespace OdooAspire.Hosting.Odoo;

/// <summary>Simulator mode: the OdooSimulator project, built once, invoked like odoo-bin.</summary>
internal sealed class SimulatorLauncher(string appHostDirectory, string configuration) : IOdooLauncher
{
    public OdooMode Mode => OdooMode.Simulator;

    public async Task<OdooCommand> PrepareAsync(OdooResource odoo, ResourceStartContext context, CancellationToken cancellationToken)
    {
        var project = Path.GetFullPath(odoo.Options.SimulatorProject, appHostDirectory);
        if (!File.Exists(project))
        {
            throw new FileNotFoundException(
                $"The Odoo simulator project '{project}' does not exist. Set Odoo:SimulatorProject, or run real Odoo with Odoo:Mode Source and Odoo:SourcePath.",
                project);
        }

        context.ReportStatus("building the simulator");
        var assembly = await ProjectBuildCache.GetOutputAssemblyAsync(project, configuration, context.Log, cancellationToken);
        return new OdooCommand("dotnet", [assembly], Path.GetDirectoryName(project)!);
    }
}
