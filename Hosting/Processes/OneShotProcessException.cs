namespace OdooAspire.Hosting.Processes;

/// <summary>A setup command exited with a non-zero code; the message carries its last output lines.</summary>
public sealed class OneShotProcessException(string command, int exitCode, IReadOnlyList<string> lastLines)
    : Exception($"'{command}' exited with code {exitCode}" + (lastLines.Count == 0 ? "." : ":" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", lastLines)))
{
    public int ExitCode { get; } = exitCode;

    public IReadOnlyList<string> LastLines { get; } = lastLines;
}
