namespace OdooAspire.Hosting.Postgres;

/// <summary>How the PostgreSQL server runs (<c>Postgres:Mode</c>).</summary>
public enum PostgresMode
{
    /// <summary>A container when an engine answers and has the image locally, else the local server binaries.</summary>
    Auto,

    /// <summary>Aspire's PostgreSQL container, data in a named volume.</summary>
    Container,

    /// <summary>The local server binaries (initdb, postgres), data under DataPath.</summary>
    Local,
}
