namespace OdooAspire.Hosting.ApplicationModel;

/// <summary>A program started from a path or from PATH.</summary>
public class ExecutableResource(string name, string command, string workingDirectory) : Resource(name)
{
    /// <summary>The program to run.</summary>
    public string Command { get; } = command;

    /// <summary>The working directory of the process.</summary>
    public string WorkingDirectory { get; } = workingDirectory;

    public override string Kind => "Executable";
}
