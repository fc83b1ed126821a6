namespace OdooAspire.Gateway.Headers;

/// <summary>The headers Odoo's <c>proxy_mode</c> reads.</summary>
internal static class ForwardedHeaderNames
{
    public const string ForwardedFor = "X-Forwarded-For";
    public const string ForwardedHost = "X-Forwarded-Host";
    public const string ForwardedProto = "X-Forwarded-Proto";
    public const string RealIp = "X-Real-IP";
}
