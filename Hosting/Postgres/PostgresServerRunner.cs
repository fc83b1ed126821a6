using OdooAspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Containers;
using OdooAspire.Hosting.Orchestration;

namespace OdooAspire.Hosting.Postgres;

/// <summary>Chooses how a PostgreSQL server runs this time (Postgres:Mode) and starts it.</summary>
internal sealed class PostgresServerRunner(
    ContainerRuntimeProvider runtimes,
    LocalPostgresServer local,
    ContainerRunner containers,
    string dataPath,
    TimeProvider time) : IResourceRunner
{
    public bool CanRun(Resource resource) => resource is PostgresServerResource;

    public async Task<IRunningResource> StartAsync(ResourceStartContext context, CancellationToken cancellationToken)
    {
        var server = (PostgresServerResource)context.Resource;
        var runtime = server.Options.Mode == "Local" ? null : await runtimes.GetAsync(cancellationToken);
        if (server.Options.Mode == "Container" && runtime is null)
        {
            throw new InvalidOperationException(
                "Postgres:Mode is Container but no container engine answers (docker info / podman info). "
                + "Start docker or podman, or set Postgres:Mode to Local or Auto.");
        }

        if (runtime is not null && server.Options.Mode == "Auto" && !await ImageAvailableAsync(runtime, server, context, cancellationToken))
        {
            runtime = null;
        }

        if (runtime is null)
        {
            context.Log.Append("running PostgreSQL from the local server binaries", isError: false);
            return await local.StartAsync(server, context, cancellationToken);
        }

        context.Log.Append($"running PostgreSQL as a container with {runtime.Name}", isError: false);
        server.RunsInContainer = true;
        var container = PostgresContainer.Describe(server, dataPath);
        var running = await containers.StartAsync(runtime, container, context, cancellationToken);
        try
        {
            await PostgresContainer.WaitAndProvisionAsync(server, running, context, time, cancellationToken);
            return running;
        }
        catch
        {
            await running.DisposeAsync();
            throw;
        }
    }

    /// <summary>Auto mode only: whether the image is there or can be pulled (else the local binaries are used).</summary>
    private static async Task<bool> ImageAvailableAsync(IContainerRuntime runtime, PostgresServerResource server, ResourceStartContext context, CancellationToken cancellationToken)
    {
        var image = $"{server.Options.Image}:{server.Options.Tag}";
        if (await runtime.ImageExistsAsync(image, cancellationToken))
        {
            return true;
        }

        try
        {
            await runtime.PullAsync(image, context.Log, context.ReportStatus, cancellationToken);
            return true;
        }
        catch (InvalidOperationException ex)
        {
            context.Log.Append($"{runtime.Name} answers but {image} cannot be pulled ({ex.Message}); using the local PostgreSQL binaries", isError: false);
            return false;
        }
    }
}
