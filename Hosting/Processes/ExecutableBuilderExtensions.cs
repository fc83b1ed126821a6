using OdooAspire.Hosting.ApplicationModel;

namespace OdooAspire.Hosting;

/// <summary>Adds executables.</summary>
public static class ExecutableBuilderExtensions
{
    /// <summary>Adds a program started with <paramref name="arguments"/> in <paramref name="workingDirectory"/> (relative to the AppHost folder).</summary>
    public static IResourceBuilder<ExecutableResource> AddExecutable(this IDevHostBuilder builder, string name, string command, string workingDirectory, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(command);
        ArgumentNullException.ThrowIfNull(workingDirectory);
        var directory = Path.GetFullPath(workingDirectory, builder.AppHostDirectory);
        return builder.AddResource(new ExecutableResource(name, command, directory)).WithArgs(arguments);
    }
}
