namespace OdooAspire.Hosting.ApplicationModel;

/// <summary>Records that a resource consumes another (for runners that need more than environment variables).</summary>
public sealed record ReferenceAnnotation(Resource Target) : IResourceAnnotation;
