using Microsoft.Extensions.Logging;
using OdooAspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Orchestration;
using OdooAspire.Hosting.Processes;

namespace OdooAspire.Hosting.Projects;

/// <summary>Builds a <see cref="ProjectResource"/> once, then runs <c>dotnet &lt;assembly&gt;</c> from its output.</summary>
internal sealed class ProjectRunner(ProjectRunSettings settings, ILogger<ProjectRunner> logger) : IResourceRunner
{
    public bool CanRun(Resource resource) => resource is ProjectResource;

    public async Task<IRunningResource> StartAsync(ResourceStartContext context, CancellationToken cancellationToken)
    {
        var project = (ProjectResource)context.Resource;
        context.ReportStatus("building");
        var assembly = await ProjectBuildCache.GetOutputAssemblyAsync(project.ProjectPath, settings.Configuration, context.Log, cancellationToken);
        var spec = new ProcessSpec("dotnet", [assembly, .. context.Arguments])
        {
            Environment = WithProjectDefaults(project, context.Environment),
            WorkingDirectory = Path.GetDirectoryName(project.ProjectPath),
            StopTimeout = settings.StopTimeout,
        };
        context.ReleaseEndpoints();
        return SupervisedProcess.Start(spec, context.Log, logger);
    }

    /// <summary>What every ASP.NET Core project needs: its URLs and a development environment.</summary>
    internal static Dictionary<string, string> WithProjectDefaults(ProjectResource project, IReadOnlyDictionary<string, string> environment)
    {
        var result = new Dictionary<string, string>(environment, StringComparer.Ordinal);
        var urls = project.AnnotationsOf<EndpointAnnotation>()
            .Where(e => e.Scheme is "http" or "https" && e.Allocated is not null)
            .Select(e => e.Allocated!.UrlString)
            .ToList();
        if (urls.Count > 0)
        {
            result.TryAdd(KnownConfigNames.AspNetCoreUrls, string.Join(';', urls));
        }

        result.TryAdd(KnownConfigNames.DotnetEnvironment, "Development");
        result.TryAdd(KnownConfigNames.AspNetCoreEnvironment, "Development");
        result.TryAdd(KnownConfigNames.OtelServiceName, project.Name);
        return result;
    }
}
