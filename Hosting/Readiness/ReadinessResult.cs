namespace OdooAspire.Hosting.Readiness;

/// <summary>The outcome of one readiness check.</summary>
public sealed record ReadinessResult(bool IsReady, string? Detail)
{
    public static ReadinessResult Ready { get; } = new(true, null);

    public static ReadinessResult NotReady(string detail) => new(false, detail);
}
