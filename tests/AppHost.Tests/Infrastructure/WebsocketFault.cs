namespace OdooAspire.AppHost.Tests.Infrastructure;

/// <summary>What the fake deployment does with a websocket upgrade on /websocket.</summary>
internal enum WebsocketFault
{
    /// <summary>Routed right: the gevent worker accepts it.</summary>
    None,

    /// <summary>/websocket routed to the HTTP port of multi-process Odoo: 500 (werkzeug's generic page).</summary>
    MultiProcessHttpPort,

    /// <summary>The proxy forwards /websocket without Upgrade/Connection: Odoo's 400 for a plain request.</summary>
    UpgradeHeadersDropped,

    /// <summary>The proxy strips Origin: Odoo's 400 naming the missing header.</summary>
    OriginStripped,

    /// <summary>The proxy sends /websocket (and /websocket/health) to a port where nothing listens: 502.</summary>
    NothingListening,

    /// <summary>The proxy holds the upgrade request and never answers.</summary>
    NeverAnswers,
}
