namespace OdooAspire.Hosting.Tests.Infrastructure;

/// <summary>
/// Real Odoo and PostgreSQL images for the Container-mode tests: <c>ODOO_IMAGE</c> (without its tag, which is
/// Odoo:Version) and <c>POSTGRES_IMAGE</c> (with its tag), for example the local ones scripts/make-local-images.sh makes.
/// </summary>
internal static class OdooImages
{
    public const string OdooVariable = "ODOO_IMAGE";
    public const string PostgresVariable = "POSTGRES_IMAGE";

    public static string? Odoo { get; } = Environment.GetEnvironmentVariable(OdooVariable) is { Length: > 0 } odoo ? odoo : null;

    public static string? Postgres { get; } = Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } postgres ? postgres : null;

    /// <summary>The PostgreSQL image split into Postgres:Image and Postgres:Tag.</summary>
    public static (string Image, string Tag) PostgresParts
    {
        get
        {
            var colon = Postgres!.LastIndexOf(':');
            return colon > Postgres.LastIndexOf('/') ? (Postgres[..colon], Postgres[(colon + 1)..]) : (Postgres, "latest");
        }
    }

    /// <summary>Why the Container-mode tests cannot run here, or null.</summary>
    public static string? UnavailableReason { get; } =
        Odoo is null || Postgres is null
            ? $"No Odoo image here: set {OdooVariable} (e.g. localhost/odooaspire/odoo) and {PostgresVariable} (e.g. localhost/odooaspire/postgres:15), "
              + "images podman has (scripts/make-local-images.sh makes both from an Odoo source tree), to run the Container-mode tests"
            : Containers.PodmanImage.UnavailableReason;
}

/// <summary>A fact that needs real Odoo and PostgreSQL images in podman; skipped, saying why, elsewhere (CI).</summary>
public sealed class OdooImageFactAttribute : FactAttribute
{
    public OdooImageFactAttribute()
    {
        Skip = OdooImages.UnavailableReason;
    }
}
