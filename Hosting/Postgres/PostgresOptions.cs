using System.ComponentModel.DataAnnotations;

namespace OdooAspire.Hosting.Postgres;

/// <summary>The <c>Postgres</c> configuration section.</summary>
public sealed class PostgresOptions
{
    /// <summary>Auto (container when an engine answers, else local binaries), Container or Local.</summary>
    [RegularExpression("^(Auto|Container|Local)$", ErrorMessage = "Postgres:Mode must be Auto, Container or Local.")]
    public string Mode { get; set; } = "Auto";

    /// <summary>Fixed host port (free port when absent).</summary>
    [Range(1, 65535)]
    public int? Port { get; set; }

    /// <summary>The image used in container mode.</summary>
    [Required]
    public string Image { get; set; } = "docker.io/library/postgres";

    /// <summary>The image tag used in container mode.</summary>
    [Required]
    public string Tag { get; set; } = "16";

    /// <summary>Folder of initdb and postgres; found with pg_config, PATH or /usr/lib/postgresql/*/bin when empty.</summary>
    public string? BinDirectory { get; set; }

    /// <summary>The unprivileged OS account the local server runs as when the host runs as root.</summary>
    [Required]
    public string OsUser { get; set; } = "postgres";

    /// <summary>The role applications use (never postgres: Odoo refuses it).</summary>
    [Required]
    [RegularExpression("^(?!postgres$)[a-z_][a-z0-9_]{0,62}$", ErrorMessage = "Postgres:ApplicationUser must be a lower-case identifier other than 'postgres'.")]
    public string ApplicationUser { get; set; } = "odoo";
}
