using System.ComponentModel.DataAnnotations;

namespace OdooAspire.Hosting.Odoo;

/// <summary>The <c>Odoo</c> configuration section.</summary>
public sealed class OdooOptions
{
    public OdooMode Mode { get; set; } = OdooMode.Auto;

    /// <summary>A local Odoo source tree (the folder holding odoo-bin) for Source mode.</summary>
    public string? SourcePath { get; set; }

    /// <summary>
    /// The Odoo series: the image tag in Container mode, the simulator's profile; in Source mode the tree's
    /// odoo/release.py decides and a different value here is refused. Unset = <see cref="OdooVersion.DefaultSeries"/>.
    /// </summary>
    [RegularExpression(@"^(17|18|19)\.0$", ErrorMessage = "Odoo:Version must be 17.0, 18.0 or 19.0.")]
    public string? Version { get; set; }

    /// <summary>HTTP worker processes; 0 = threaded (websocket on the HTTP port, nothing on the gevent port).</summary>
    [Range(0, 64)]
    public int Workers { get; set; } = 2;

    [Required]
    [RegularExpression("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,62}$", ErrorMessage = "Odoo:Database must be letters, digits, '_', '.', '-'.")]
    public string Database { get; set; } = "odoo";

    /// <summary>The database manager (master) password; generated and kept in the secret store when empty.</summary>
    public string? AdminPassword { get; set; }

    /// <summary>Modules installed when the database is created (comma-separated).</summary>
    [Required]
    [RegularExpression("^[a-z0-9_]+(,[a-z0-9_]+)*$", ErrorMessage = "Odoo:Modules must be comma-separated module names.")]
    public string Modules { get; set; } = "im_livechat";

    /// <summary>Fixed host port of Odoo's HTTP endpoint (free port when absent).</summary>
    [Range(1, 65535)]
    public int? HttpPort { get; set; }

    /// <summary>Fixed host port of Odoo's gevent (websocket) endpoint (free port when absent).</summary>
    [Range(1, 65535)]
    public int? WebsocketPort { get; set; }

    /// <summary>The PostgreSQL role Odoo logs in with (never postgres: Odoo refuses it).</summary>
    [Required]
    [RegularExpression("^(?!postgres$)[a-z_][a-z0-9_]{0,62}$", ErrorMessage = "Odoo:DatabaseUser must be a lower-case identifier other than 'postgres'.")]
    public string DatabaseUser { get; set; } = "odoo";

    /// <summary>The image of Container mode, without its tag (the tag is <see cref="Version"/>).</summary>
    [Required]
    public string Image { get; set; } = "docker.io/library/odoo";

    /// <summary>The python interpreter of Source mode (Debian's, not another one on PATH).</summary>
    [Required]
    public string Python { get; set; } = PythonModuleCheck.DebianPython;

    /// <summary>Drop and re-create the environment's database at this start (<c>--reset</c>); never implicit.</summary>
    public bool Reset { get; set; }

    /// <summary>Extra addons folders (comma-separated, or an array in appsettings), appended to the addons path.</summary>
    public string? AddonsPaths { get; set; }

    /// <summary>Skip demo data when modules are installed (<c>without_demo = all</c>).</summary>
    public bool WithoutDemo { get; set; } = true;

    /// <summary>Odoo's <c>log_level</c>.</summary>
    [RegularExpression("^(info|debug_rpc_answer|debug_rpc|debug|debug_sql|warn|error|critical|notset)$",
        ErrorMessage = "Odoo:LogLevel must be one of info, debug_rpc_answer, debug_rpc, debug, debug_sql, warn, error, critical, notset.")]
    public string LogLevel { get; set; } = "info";

    /// <summary>Odoo's <c>max_cron_threads</c> (cron worker processes in multi-process mode).</summary>
    [Range(0, 16)]
    public int MaxCronThreads { get; set; } = 1;

    /// <summary>Keep a template database per Odoo version, module list and manifest versions, and clone it for new databases.</summary>
    public bool TemplateCache { get; set; } = true;

    /// <summary>
    /// Where template databases are kept as dumps (with their filestore) for other data folders and test runs;
    /// ~/.cache/odooaspire/odoo-templates (as root /var/cache/odooaspire/odoo-templates) when empty.
    /// </summary>
    public string? TemplateStore { get; set; }

    /// <summary>Raw odoo.conf options (<c>Odoo:Options:key</c>), merged over the generated defaults.</summary>
    public Dictionary<string, string> Options { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
