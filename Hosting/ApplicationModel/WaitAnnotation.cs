namespace OdooAspire.Hosting.ApplicationModel;

/// <summary>The resource starts only once <see cref="Dependency"/> is running and healthy.</summary>
public sealed record WaitAnnotation(Resource Dependency) : IResourceAnnotation;
