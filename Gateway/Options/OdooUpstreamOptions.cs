namespace OdooAspire.Gateway.Options;

/// <summary>Where Odoo listens: the <c>Odoo:</c> configuration section.</summary>
internal sealed class OdooUpstreamOptions
{
    public const string SectionName = "Odoo";

    /// <summary>Odoo's HTTP port (the workers), e.g. <c>http://127.0.0.1:8069</c>.</summary>
    public string? HttpUrl { get; set; }

    /// <summary>Odoo's gevent (websocket) port, e.g. <c>http://127.0.0.1:8072</c>.</summary>
    public string? WebsocketUrl { get; set; }

    /// <summary>Odoo's <c>workers</c> setting: 0 is threaded Odoo, where <c>/websocket</c> is served on the HTTP port.</summary>
    public int Workers { get; set; } = 2;

    /// <summary>True when Odoo runs threaded and nothing listens on the gevent port.</summary>
    public bool IsThreaded => Workers == 0;
}
