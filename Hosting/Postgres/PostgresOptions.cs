using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace OdooAspire.Hosting.Postgres;

/// <summary>The <c>Postgres</c> configuration section.</summary>
public sealed class PostgresOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string SectionName = "Postgres";

    /// <summary>Auto (container when an engine answers and has the image, else local binaries), Container or Local.</summary>
    public PostgresMode Mode { get; set; } = PostgresMode.Auto;

    /// <summary>Fixed host port (a free port when absent).</summary>
    [Range(1, 65535)]
    public int? Port { get; set; }

    /// <summary>
    /// The registry of <see cref="Image"/> in container mode; empty for none (a local <c>localhost/…</c> image). Ignored
    /// when <see cref="Image"/> names its own registry.
    /// </summary>
    public string? Registry { get; set; } = "docker.io";

    /// <summary>The image used in container mode, without its tag.</summary>
    [Required]
    [RegularExpression(@"^[a-z0-9][a-z0-9._\-/:]*$", ErrorMessage = "must be an image name without a tag, e.g. library/postgres or localhost/postgres.")]
    public string Image { get; set; } = "library/postgres";

    /// <summary>The image tag used in container mode (its major version must match the data volume's).</summary>
    [Required]
    public string Tag { get; set; } = "16";

    /// <summary>Folder of initdb and postgres; found with pg_config, PATH or /usr/lib/postgresql/*/bin when empty.</summary>
    public string? BinDirectory { get; set; }

    /// <summary>The unprivileged OS account the local server runs as when the AppHost runs as root.</summary>
    [Required]
    public string OsUser { get; set; } = "postgres";

    /// <summary>Binds and validates the section; a bad value throws with its key and what is allowed.</summary>
    public static PostgresOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var mode = configuration[$"{SectionName}:{nameof(Mode)}"];
        if (!string.IsNullOrWhiteSpace(mode) && !(Enum.TryParse<PostgresMode>(mode, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)))
        {
            throw new InvalidOperationException(
                $"{SectionName}:{nameof(Mode)} is '{mode}'; it must be {string.Join(", ", Enum.GetNames<PostgresMode>())}.");
        }

        return OptionsBinder.Bind<PostgresOptions>(configuration, SectionName);
    }
}
