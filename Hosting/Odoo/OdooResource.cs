using OdooAspire.Hosting.ApplicationModel;

namespace OdooAspire.Hosting.Odoo;

/// <summary>An Odoo server (or its simulator) with an "http" endpoint and a "websocket" (gevent) endpoint.</summary>
public sealed class OdooResource(string name, OdooOptions options, OdooMode mode, string adminPasswordKey, ParameterResource adminPassword)
    : Resource(name)
{
    public const string HttpEndpointName = "http";
    public const string WebsocketEndpointName = "websocket";

    /// <summary>Login of the development user on a fresh database.</summary>
    public const string DevelopmentLogin = "admin";

    public override string Kind => Mode == OdooMode.Simulator ? "Odoo (simulator)" : "Odoo";

    public OdooOptions Options { get; } = options;

    /// <summary>The mode this run uses (Auto already resolved).</summary>
    public OdooMode Mode { get; } = mode;

    /// <summary>Why this mode (Odoo:Mode, or what Auto found), for the resource's log.</summary>
    public string ModeReason { get; init; } = $"Odoo:Mode is {mode}";

    /// <summary>The database manager password (a secret).</summary>
    public ParameterResource AdminPassword { get; } = adminPassword;

    /// <summary>Where the master password is kept, for the console.</summary>
    public string AdminPasswordKey { get; } = adminPasswordKey;

    public EndpointReference HttpEndpoint => new(this, HttpEndpointName);

    public EndpointReference WebsocketEndpoint => new(this, WebsocketEndpointName);
}
