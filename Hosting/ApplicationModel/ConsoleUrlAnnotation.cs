namespace OdooAspire.Hosting.ApplicationModel;

/// <summary>A line <c>Label: url</c> the console prints once everything is healthy.</summary>
public sealed record ConsoleUrlAnnotation(string Label, string EndpointName, string? Path, string? Note) : IResourceAnnotation
{
    /// <summary>Lines print in ascending order (entry points first, details after).</summary>
    public int Order { get; init; }
}
