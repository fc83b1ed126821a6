using OdooAspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Orchestration;

namespace OdooAspire.Hosting.Containers;

/// <summary>Starts <see cref="ContainerResource"/>s with the engine of this run.</summary>
internal sealed class ContainerResourceRunner(ContainerRuntimeProvider runtimes, ContainerRunner runner) : IResourceRunner
{
    public bool CanRun(Resource resource) => resource is ContainerResource;

    public async Task<IRunningResource> StartAsync(ResourceStartContext context, CancellationToken cancellationToken)
    {
        var container = (ContainerResource)context.Resource;
        var runtime = await runtimes.GetAsync(cancellationToken)
            ?? throw new InvalidOperationException(
                $"{container} needs a container engine, but neither 'docker info' nor 'podman info' answers. Install and start docker or podman.");
        var launch = new ContainerLaunch(container.Name, container.ImageReference, container.Lifetime)
        {
            Environment = context.Environment,
            Arguments = context.Arguments,
            Ports = [.. container.AnnotationsOf<EndpointAnnotation>().Select(e => (e.Allocated!.Port, e.Allocated.TargetPort))],
            Mounts = [.. container.AnnotationsOf<ContainerMountAnnotation>()],
        };
        return await runner.StartAsync(runtime, launch, context, cancellationToken);
    }
}
