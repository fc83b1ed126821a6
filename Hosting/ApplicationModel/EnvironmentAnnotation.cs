namespace OdooAspire.Hosting.ApplicationModel;

/// <summary>One environment variable of a process or container.</summary>
public sealed record EnvironmentAnnotation(string Name, IValueProvider Value) : IResourceAnnotation;
