namespace OdooAspire.Hosting.Odoo;

/// <summary>
/// Odoo, whichever way it runs (official image, local source tree, simulator): an <c>http</c> endpoint (the HTTP
/// workers) and a <c>websocket</c> endpoint (the gevent port), a generated odoo.conf and a database made on first start.
/// </summary>
public interface IOdooResource : IResourceWithEnvironment, IResourceWithArgs, IResourceWithEndpoints, IResourceWithWaitSupport
{
    /// <summary>The name of the HTTP endpoint (Odoo's <c>http_port</c>).</summary>
    public const string HttpEndpointName = "http";

    /// <summary>The name of the websocket endpoint (Odoo's <c>gevent_port</c>).</summary>
    public const string WebsocketEndpointName = "websocket";

    /// <summary>Login of the development user on a fresh database.</summary>
    public const string DevelopmentLogin = "admin";

    /// <summary>The <c>Odoo</c> settings this resource runs with.</summary>
    OdooOptions Options { get; }

    /// <summary>The mode this run uses (Auto already resolved) and why.</summary>
    OdooModeDecision ModeDecision { get; }

    /// <summary>The database manager (master) password.</summary>
    ParameterResource AdminPassword { get; }

    /// <summary>The password of <see cref="OdooOptions.DatabaseUser"/>.</summary>
    ParameterResource DatabasePassword { get; }

    /// <summary>Where the generated odoo.conf, the filestore and the template folders live on the host.</summary>
    string DataFolder { get; }

    /// <summary>The HTTP endpoint.</summary>
    EndpointReference HttpEndpoint => new(this, HttpEndpointName);

    /// <summary>The gevent (websocket) endpoint.</summary>
    EndpointReference WebsocketEndpoint => new(this, WebsocketEndpointName);

    /// <summary>The generated odoo.conf on the host.</summary>
    string ConfigFile => Path.Combine(DataFolder, "odoo.conf");
}
