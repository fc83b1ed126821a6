using OdooAspire.Gateway.Headers;
using Yarp.ReverseProxy.Model;

namespace OdooAspire.Gateway.WebSockets;

/// <summary>
/// Who opened a session and where it goes, taken from the upgrade request once, when the connection is
/// upgraded: the request itself is not kept.
/// </summary>
/// <param name="ClientAddress">The client's IP address (IPv4-mapped addresses shown as IPv4).</param>
/// <param name="ClientPort">The client's TCP port.</param>
/// <param name="Path">The request path, as the client sent it.</param>
/// <param name="Query">The query string with its leading <c>?</c>, or empty.</param>
/// <param name="Cluster">The YARP cluster the session went to (<c>odoo-gevent</c>, or <c>odoo-http</c> for threaded Odoo).</param>
/// <param name="Upstream">The Odoo address the session was forwarded to.</param>
internal sealed record WebSocketSessionOrigin(string? ClientAddress, int ClientPort, string Path, string Query, string? Cluster, string? Upstream)
{
    public string PathAndQuery => Path + Query;

    public static WebSocketSessionOrigin From(HttpContext context)
    {
        var proxy = context.Features.Get<IReverseProxyFeature>();
        return new WebSocketSessionOrigin(
            RealIpTransform.ClientAddress(context.Connection.RemoteIpAddress),
            context.Connection.RemotePort,
            context.Request.Path.Value ?? "/",
            context.Request.QueryString.Value ?? string.Empty,
            proxy?.Cluster.Config.ClusterId,
            proxy?.ProxiedDestination?.Model.Config.Address);
    }
}
