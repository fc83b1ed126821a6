namespace OdooAspire.Gateway.Options;

/// <summary>The gateway's own settings: the <c>Gateway:</c> configuration section.</summary>
internal sealed class GatewayOptions
{
    public const string SectionName = "Gateway";

    /// <summary>How long a websocket may stay silent in both directions before the gateway drops it.</summary>
    public TimeSpan WebSocketIdleTimeout { get; set; } = TimeSpan.FromSeconds(720);

    /// <summary>How long an HTTP request to Odoo may stay without progress (long reports need minutes).</summary>
    public TimeSpan HttpRequestTimeout { get; set; } = TimeSpan.FromSeconds(720);

    /// <summary>How long connecting to Odoo may take before the client gets 502.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Answer Odoo's database manager (<c>/web/database/*</c>) with 404.</summary>
    public bool BlockDatabaseManager { get; set; } = true;

    /// <summary>More path prefixes answered with 404 without reaching Odoo.</summary>
    public IList<string> BlockedPaths { get; } = [];

    /// <summary>Host names the gateway answers (nginx's <c>server_name</c>); empty accepts any host.</summary>
    public IList<string> ServerNames { get; } = [];

    /// <summary>Send the client's Host header to Odoo (like nginx <c>proxy_set_header Host $host</c>).</summary>
    public bool PreserveHost { get; set; } = true;

    /// <summary>Redirect plain HTTP requests to HTTPS.</summary>
    public bool HttpsRedirect { get; set; }

    /// <summary>The HTTPS port redirects point to; found from the bound addresses when empty.</summary>
    public int? HttpsPort { get; set; }

    /// <summary>Send Strict-Transport-Security on HTTPS responses.</summary>
    public bool Hsts { get; set; }

    /// <summary>The HSTS max-age.</summary>
    public TimeSpan HstsMaxAge { get; set; } = TimeSpan.FromDays(365);

    public GatewayTlsOptions Tls { get; set; } = new();

    public GatewayLimitsOptions Limits { get; set; } = new();

    public GatewaySessionsOptions Sessions { get; set; } = new();

    /// <summary>The path prefixes answered with 404.</summary>
    public IReadOnlyList<string> EffectiveBlockedPaths =>
        BlockDatabaseManager ? [DatabaseManagerPath, .. BlockedPaths] : [.. BlockedPaths];

    /// <summary>Odoo's database manager (create, drop, backup, restore databases).</summary>
    public const string DatabaseManagerPath = "/web/database";
}
