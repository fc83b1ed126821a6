namespace OdooAspire.Dashboard.Resources;

/// <summary>One environment variable of a resource. The dashboard never shows the value of a secret.</summary>
public sealed record ResourceEnvironmentVariable(string Name, string? Value, bool IsSecret);
