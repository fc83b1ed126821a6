namespace OdooAspire.OdooSimulator.Configuration;

/// <summary>Odoo's bus timers and limits; tests shorten them instead of waiting.</summary>
internal sealed record BusTimings
{
    /// <summary>
    /// A ping is sent after nothing went either way for this long; null means the profile's (Odoo 17/18: 45 s,
    /// 19: 40 s). Tests set it to shorten the wait.
    /// </summary>
    public TimeSpan? PingInterval { get; init; }

    /// <summary>A socket that does not answer a ping within this time is dropped (Odoo: 15 s).</summary>
    public TimeSpan PongTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Odoo closes every socket with 4002 after this long plus a random part of up to half of it
    /// (<c>websocket_keep_alive_timeout</c>, default 3600 s), so clients reconnect now and then.
    /// </summary>
    public TimeSpan KeepAliveTimeout { get; init; } = TimeSpan.FromHours(1);

    /// <summary>How long a write to a client that stopped reading may block before the socket is dropped.</summary>
    public TimeSpan SendTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>With <c>last = 0</c>, subscribe replays notifications this recent (Odoo: 50 s).</summary>
    public TimeSpan ReplayWindow { get; init; } = TimeSpan.FromSeconds(50);

    /// <summary>Largest client message accepted (Odoo: 1 MiB); larger ones close the socket with 1009.</summary>
    public int MaxMessageBytes { get; init; } = 1024 * 1024;

    /// <summary>Delay before the LISTEN connection is reopened after a failure.</summary>
    public TimeSpan ListenerRetryDelay { get; init; } = TimeSpan.FromSeconds(1);
}
