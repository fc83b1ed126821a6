using OdooAspire.Hosting.ApplicationModel;

namespace OdooAspire.Hosting;

/// <summary>Adds .NET projects.</summary>
public static class ProjectBuilderExtensions
{
    /// <summary>
    /// Adds a .NET project; <paramref name="projectPath"/> is relative to the AppHost project folder.
    /// It is built once per run and started from its output.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddProject(this IDevHostBuilder builder, string name, string projectPath)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(projectPath);
        if (!projectPath.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"'{projectPath}' is not a .csproj file.", nameof(projectPath));
        }

        var fullPath = Path.GetFullPath(projectPath, builder.AppHostDirectory);
        return builder.AddResource(new ProjectResource(name, fullPath));
    }
}
