using Aspire.Hosting;

namespace OdooAspire.Hosting.Tests.Odoo.Fixtures;

/// <summary>What the AppHost's generated <c>Projects.OdooSimulator</c> is: the repository's OdooSimulator project, already built.</summary>
internal sealed class OdooSimulatorProject : IProjectMetadata
{
    public string ProjectPath => RepositoryPaths.OdooSimulatorProject;

    /// <summary>Built with the tests (as with the AppHost), so the orchestrator runs it with <c>dotnet run --no-build</c>.</summary>
    public bool SuppressBuild => true;
}
