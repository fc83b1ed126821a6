namespace OdooAspire.Hosting.Orchestration;

/// <summary>A resource could not start, stopped being healthy, or a resource it waits for failed.</summary>
public sealed class ResourceFailedException : Exception
{
    public ResourceFailedException()
    {
    }

    public ResourceFailedException(string message)
        : base(message)
    {
    }

    public ResourceFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ResourceFailedException(string resourceName, string reason, IReadOnlyList<string> lastLogLines, Exception? inner = null)
        : base(Format(resourceName, reason, lastLogLines), inner)
    {
        ResourceName = resourceName;
        Reason = reason;
        LastLogLines = lastLogLines;
    }

    /// <summary>The resource that failed (for a failed dependency: the dependency).</summary>
    public string ResourceName { get; } = string.Empty;

    /// <summary>Why it failed, in one sentence.</summary>
    public string Reason { get; } = string.Empty;

    /// <summary>The last lines of the failed resource's output.</summary>
    public IReadOnlyList<string> LastLogLines { get; } = [];

    private static string Format(string resourceName, string reason, IReadOnlyList<string> lines) =>
        lines.Count == 0
            ? $"Resource '{resourceName}' failed: {reason} (no output)."
            : $"Resource '{resourceName}' failed: {reason}. Last lines of its log:{Environment.NewLine}  "
              + string.Join(Environment.NewLine + "  ", lines);
}
