using Microsoft.Extensions.Logging;
using OdooAspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Orchestration;

namespace OdooAspire.Hosting.Processes;

/// <summary>Starts <see cref="ExecutableResource"/>s as supervised processes.</summary>
internal sealed class ExecutableRunner(ProcessStopSettings stopSettings, ILogger<ExecutableRunner> logger) : IResourceRunner
{
    public bool CanRun(Resource resource) => resource is ExecutableResource;

    public Task<IRunningResource> StartAsync(ResourceStartContext context, CancellationToken cancellationToken)
    {
        var executable = (ExecutableResource)context.Resource;
        var spec = new ProcessSpec(executable.Command, context.Arguments)
        {
            Environment = context.Environment,
            WorkingDirectory = executable.WorkingDirectory,
            StopTimeout = stopSettings.StopTimeout,
        };
        context.ReleaseEndpoints();
        return Task.FromResult<IRunningResource>(SupervisedProcess.Start(spec, context.Log, logger));
    }
}
