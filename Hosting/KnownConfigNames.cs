namespace OdooAspire.Hosting;

/// <summary>Every configuration key and environment variable name the host reads or sets.</summary>
public static class KnownConfigNames
{
    /// <summary>Where the environment keeps its state (databases, secrets, generated files).</summary>
    public const string DataPath = "DataPath";

    /// <summary>Section of the host's own options.</summary>
    public const string DevHostSection = "DevHost";

    public const string OdooSection = "Odoo";
    public const string PostgresSection = "Postgres";
    public const string GatewaySection = "Gateway";

    /// <summary>Fixed host port of the gateway (free port when absent).</summary>
    public const string GatewayPort = "Gateway:Port";

    /// <summary>Section holding parameter values (<c>Parameters:name</c>).</summary>
    public const string ParametersSection = "Parameters";

    /// <summary>Environment variable selecting the Odoo mode (same as <c>Odoo:Mode</c>).</summary>
    public const string OdooModeEnvironmentVariable = "ODOOASPIRE_ODOO_MODE";
    public const string OdooMode = "Odoo:Mode";

    /// <summary>Extra addons folders (a comma-separated value or an array).</summary>
    public const string OdooAddonsPaths = "Odoo:AddonsPaths";

    /// <summary>Drop and re-create the Odoo database at this start; the command-line switch <c>--reset</c> sets it.</summary>
    public const string OdooReset = "Odoo:Reset";

    /// <summary>The command-line switch for <see cref="OdooReset"/>.</summary>
    public const string ResetSwitch = "--reset";

    public const string XdgDataHome = "XDG_DATA_HOME";
    public const string XdgCacheHome = "XDG_CACHE_HOME";

    /// <summary>The password variable of PostgreSQL's client tools (pg_dump, pg_restore).</summary>
    public const string PgPassword = "PGPASSWORD";

    /// <summary>Session settings of PostgreSQL's client tools.</summary>
    public const string PgOptions = "PGOPTIONS";

    public const string AspNetCoreUrls = "ASPNETCORE_URLS";
    public const string AspNetCoreEnvironment = "ASPNETCORE_ENVIRONMENT";
    public const string DotnetEnvironment = "DOTNET_ENVIRONMENT";
    public const string OtelServiceName = "OTEL_SERVICE_NAME";
    public const string OtelExporterOtlpEndpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string OtelExporterOtlpProtocol = "OTEL_EXPORTER_OTLP_PROTOCOL";

    /// <summary>Section of the dashboard: <c>Enabled</c> plus the dashboard's own options (ports, token, limits).</summary>
    public const string DashboardSection = "Dashboard";

    /// <summary>Whether the host runs the dashboard (default true; false under the testing builder).</summary>
    public const string DashboardEnabled = "Dashboard:Enabled";

    /// <summary>Fixed browser port of the dashboard (free port when absent or 0).</summary>
    public const string DashboardPort = "Dashboard:Port";

    /// <summary>Prefix of connection string variables: <c>ConnectionStrings__name</c>.</summary>
    public const string ConnectionStringsPrefix = "ConnectionStrings__";

    /// <summary>Service discovery variable for an endpoint: <c>services__resource__endpoint__0</c>.</summary>
    public static string ServiceEndpoint(string resource, string endpoint) => $"services__{resource}__{endpoint}__0";

    /// <summary>Labels put on containers and networks so a session's leftovers can be found.</summary>
    public const string SessionLabel = "odooaspire.session";
    public const string ResourceLabel = "odooaspire.resource";
    public const string ConfigHashLabel = "odooaspire.config-hash";

    /// <summary>Label of a named volume: the data folder it belongs to (removed with it by DeleteDataAsync).</summary>
    public const string DataPathLabel = "odooaspire.data-path";
}
