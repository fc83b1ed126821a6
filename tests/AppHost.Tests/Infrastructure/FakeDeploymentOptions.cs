namespace OdooAspire.AppHost.Tests.Infrastructure;

/// <summary>
/// A deployment (proxy + Odoo) the fake imitates: healthy by default, each property one misconfiguration.
/// </summary>
internal sealed record FakeDeploymentOptions
{
    public const string Database = "odoo";
    public const string Login = "admin";
    public const string Password = "admin";

    public string Series { get; init; } = "18.0";

    /// <summary>The bus version the websocket worker speaks (a browser announcing another one is closed with OUTDATED_VERSION).</summary>
    public string WorkerBusVersion { get; init; } = "18.0-5";

    /// <summary>The websocket_worker_version the HTTP side reports at login (other code than the worker's after a half-done upgrade); null: the worker's.</summary>
    public string? SessionBusVersion { get; init; }

    public WebsocketFault WebsocketFault { get; init; }

    /// <summary>The proxy drops websockets silent for this long (null: never).</summary>
    public TimeSpan? ProxyIdleTimeout { get; init; }

    /// <summary>The proxy sends X-Forwarded-Host/-Proto (the client's host and scheme).</summary>
    public bool ProxySendsForwardedHeaders { get; init; } = true;

    /// <summary>odoo.conf proxy_mode: X-Forwarded-* are applied only when on and X-Forwarded-Host is present.</summary>
    public bool ProxyMode { get; init; } = true;

    /// <summary>What Odoo sees without forwarded headers (the proxy's upstream address); null: the client's Host (preserved by the proxy).</summary>
    public string? UpstreamOrigin { get; init; }

    /// <summary>The scheme Odoo sees without forwarded headers when the Host is preserved (a TLS-terminating proxy: http).</summary>
    public string? UpstreamScheme { get; init; }

    /// <summary>The proxy redirects every request to this URL (e.g. an http-to-https redirect); null: none.</summary>
    public string? RedirectEverythingTo { get; init; }

    /// <summary>Redirects carry absolute URLs built from what Odoo sees (older stacks), instead of Odoo 18's relative ones.</summary>
    public bool AbsoluteRedirects { get; init; }
}
