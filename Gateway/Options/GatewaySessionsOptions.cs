namespace OdooAspire.Gateway.Options;

/// <summary>
/// The websocket sessions page: the <c>Gateway:Sessions</c> section. The page is off unless <see cref="Port"/>
/// is set, and then it is served on 127.0.0.1 only, never on the port the gateway proxies.
/// </summary>
internal sealed class GatewaySessionsOptions
{
    /// <summary>The loopback port of the page (0 picks a free one, logged at start); unset, there is no page.</summary>
    public int? Port { get; set; }

    /// <summary>How many ended sessions the page keeps; open sessions are always shown.</summary>
    public int Capacity { get; set; } = 200;

    public bool IsEnabled => Port is not null;
}
