using System.Reflection;

namespace OdooAspire.Hosting;

/// <summary>
/// Finds the AppHost project folder from the <c>AppHostProjectDirectory</c> assembly metadata the AppHost
/// project stamps at build time; falls back to the application's base directory.
/// </summary>
public static class AppHostLocator
{
    /// <summary>The metadata key holding the project folder.</summary>
    public const string MetadataKey = "OdooAspire.AppHostProjectDirectory";

    /// <summary>The AppHost project folder recorded in <paramref name="assembly"/>.</summary>
    public static string FromAssembly(Assembly? assembly)
    {
        var directory = assembly?.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == MetadataKey)?.Value;
        return directory is not null && Directory.Exists(directory) ? directory : AppContext.BaseDirectory;
    }
}
