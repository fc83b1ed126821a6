using OdooAspire.OdooSimulator.Versions;

namespace OdooAspire.OdooSimulator.Configuration;

/// <summary>
/// What the simulator reads from odoo.conf (and the command line), plus the Odoo version to speak
/// (<c>Odoo:Version</c>), validated once at start. Key names follow odoo.conf; unknown keys are ignored like
/// real Odoo's extra options.
/// </summary>
internal sealed record SimulatorOptions
{
    public string HttpInterface { get; init; } = "127.0.0.1";

    public int HttpPort { get; init; } = 8069;

    public int GeventPort { get; init; } = 8072;

    /// <summary>0 = threaded (websocket on the HTTP port); &gt;= 1 = multi-process topology.</summary>
    public int Workers { get; init; }

    public bool ProxyMode { get; init; }

    public required string DbHost { get; init; }

    public int DbPort { get; init; } = 5432;

    public required string DbUser { get; init; }

    public string DbPassword { get; init; } = string.Empty;

    public required string DbName { get; init; }

    public string DbFilter { get; init; } = string.Empty;

    public string AdminPassword { get; init; } = "admin";

    public bool ListDb { get; init; } = true;

    public string LogLevel { get; init; } = "info";

    /// <summary>Mirrors Odoo's <c>ODOO_BUS_PUBLIC_SAMESITE_WS</c> environment switch.</summary>
    public bool PublicSameSiteWebsocket { get; init; }

    public BusTimings Timings { get; init; } = new();

    /// <summary>The Odoo version whose wire protocol is served (<c>Odoo:Version</c>; 18.0 when unset).</summary>
    public OdooProfile Profile { get; init; } = OdooProfiles.Default;

    public bool IsMultiProcess => Workers >= 1;
}
