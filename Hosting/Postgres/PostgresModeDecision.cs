namespace OdooAspire.Hosting.Postgres;

/// <summary>
/// The mode a PostgreSQL server runs in and why, kept on the resource (shown in its log and properties at start).
/// </summary>
public sealed record PostgresModeDecision(PostgresMode Mode, string Reason) : IResourceAnnotation
{
    /// <summary>The resource property that shows the decision on the dashboard.</summary>
    public const string Property = "postgres.mode";
}
