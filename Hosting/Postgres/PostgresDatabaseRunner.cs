using OdooAspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Orchestration;

namespace OdooAspire.Hosting.Postgres;

/// <summary>"Starts" a database: creates it on its (healthy) server when missing.</summary>
internal sealed class PostgresDatabaseRunner : IResourceRunner
{
    public bool CanRun(Resource resource) => resource is PostgresDatabaseResource;

    public async Task<IRunningResource> StartAsync(ResourceStartContext context, CancellationToken cancellationToken)
    {
        var database = (PostgresDatabaseResource)context.Resource;
        await PostgresProvisioner.EnsureDatabaseAsync(database.Parent, database.DatabaseName, cancellationToken);
        context.Log.Append($"database '{database.DatabaseName}' is ready on '{database.Parent.Name}'", isError: false);
        return new ProcessLessResource();
    }
}
