using System.Reflection;

namespace OdooAspire.Hosting.Tests.Odoo.Fixtures;

/// <summary>Files of the repository the tests were built from (the test project's folder is written into the assembly).</summary>
internal static class RepositoryPaths
{
    /// <summary>The repository's root folder.</summary>
    public static string Root { get; } = Path.GetFullPath(Path.Combine(
        typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "OdooAspire.Hosting.Tests.SourceDirectory").Value!,
        "..",
        ".."));

    /// <summary>The OdooSimulator project, which the test project builds (a ProjectReference without its assembly).</summary>
    public static string OdooSimulatorProject => Path.Combine(Root, "OdooSimulator", "OdooSimulator.csproj");
}
