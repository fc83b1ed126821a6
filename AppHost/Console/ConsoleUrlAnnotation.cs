namespace OdooAspire.AppHost.Console;

/// <summary>A <c>Label: url</c> line the AppHost prints at column 0 once everything is healthy (scripts read these).</summary>
internal sealed record ConsoleUrlAnnotation(string Label, string EndpointName, string Path = "", string? Note = null, int Order = 0) : IResourceAnnotation;
