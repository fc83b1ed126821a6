using Microsoft.Extensions.Options;
using OdooAspire.Gateway.Options;
using OdooAspire.Gateway.Upstream;
using Yarp.ReverseProxy.Forwarder;

namespace OdooAspire.Gateway.Hosting;

/// <summary>
/// The HttpClient YARP forwards to Odoo with: fails fast when Odoo's port is dead (connect timeout), keeps
/// pooled HTTP/1.1 connections warm for the workers, and leaves cookies, redirects and compression to Odoo.
/// Websocket upgrades take their own connection (<see cref="UpgradeTunnelHandler"/>).
/// </summary>
internal sealed class OdooForwarderHttpClientFactory(IOptions<GatewayOptions> options, ILogger<ForwarderHttpClientFactory> logger)
    : ForwarderHttpClientFactory(logger)
{
    protected override void ConfigureHandler(ForwarderHttpClientContext context, SocketsHttpHandler handler)
    {
        base.ConfigureHandler(context, handler);
        handler.ConnectTimeout = options.Value.ConnectTimeout;
        handler.PooledConnectionIdleTimeout = TimeSpan.FromSeconds(60);
        handler.PooledConnectionLifetime = Timeout.InfiniteTimeSpan;
        handler.MaxConnectionsPerServer = int.MaxValue;
        handler.Expect100ContinueTimeout = TimeSpan.Zero;
    }

    protected override HttpMessageHandler WrapHandler(ForwarderHttpClientContext context, HttpMessageHandler handler) =>
        new UpgradeTunnelHandler(
            base.WrapHandler(context, handler),
            new UpstreamConnector(options.Value.ConnectTimeout, context.NewConfig.DangerousAcceptAnyServerCertificate ?? false));
}
