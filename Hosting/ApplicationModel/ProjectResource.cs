namespace OdooAspire.Hosting.ApplicationModel;

/// <summary>A .NET project, built once per host run and started from its build output.</summary>
public class ProjectResource(string name, string projectPath) : Resource(name)
{
    /// <summary>The full path of the .csproj file.</summary>
    public string ProjectPath { get; } = projectPath;

    public override string Kind => "Project";
}
