namespace OdooAspire.Gateway.Options;

/// <summary>Limits Kestrel enforces on clients before anything reaches Odoo.</summary>
internal sealed class GatewayLimitsOptions
{
    /// <summary>The largest request header block accepted; larger gets 431.</summary>
    public int MaxRequestHeadersTotalSize { get; set; } = 32 * 1024;

    /// <summary>The most request headers accepted; more gets 431.</summary>
    public int MaxRequestHeaderCount { get; set; } = 100;

    /// <summary>How long a client may take to send its request headers (slow clients get 408 and are closed).</summary>
    public TimeSpan RequestHeadersTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
