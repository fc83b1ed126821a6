using OdooAspire.Hosting.Readiness;

namespace OdooAspire.Hosting.ApplicationModel;

/// <summary>A check that must pass before the resource counts as healthy.</summary>
public sealed record HealthCheckAnnotation(IReadinessCheck Check) : IResourceAnnotation;
