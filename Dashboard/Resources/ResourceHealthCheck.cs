using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OdooAspire.Dashboard.Resources;

/// <summary>The latest result of one health check of a resource.</summary>
public sealed record ResourceHealthCheck(string Name, HealthStatus Status, string? Description, DateTimeOffset? CheckedAt);
