using OdooAspire.Hosting.Postgres;

namespace OdooAspire.Hosting.Tests.Infrastructure;

/// <summary>A test that needs the PostgreSQL server binaries; skipped, saying why, on a machine without them.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LocalPostgresFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> Unavailable = new(() =>
    {
        try
        {
            PostgresBinaries.Locate(configured: null);
            return null;
        }
        catch (InvalidOperationException ex)
        {
            return $"No PostgreSQL server binaries on this machine: {ex.Message}";
        }
    });

    public LocalPostgresFactAttribute()
    {
        Skip = Unavailable.Value;
    }
}
