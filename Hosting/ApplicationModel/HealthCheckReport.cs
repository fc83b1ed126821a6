namespace OdooAspire.Hosting.ApplicationModel;

/// <summary>The latest result of one health check of a resource.</summary>
/// <param name="Name">What the check does, e.g. <c>HTTP GET /web/health</c>.</param>
/// <param name="IsHealthy">Whether it passed.</param>
/// <param name="Detail">Why it failed (null when it passed).</param>
/// <param name="CheckedAt">When it ran.</param>
public sealed record HealthCheckReport(string Name, bool IsHealthy, string? Detail, DateTimeOffset CheckedAt);
