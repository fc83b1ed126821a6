using OdooAspire.Hosting.ApplicationModel;

namespace OdooAspire.Hosting.Orchestration;

/// <summary>Knows how to start one kind of resource.</summary>
internal interface IResourceRunner
{
    bool CanRun(Resource resource);

    /// <summary>Starts the resource; returns once it is started (not necessarily healthy).</summary>
    Task<IRunningResource> StartAsync(ResourceStartContext context, CancellationToken cancellationToken);
}
