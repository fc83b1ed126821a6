using Microsoft.Extensions.Options;
using OdooAspire.Gateway.Errors;
using OdooAspire.Gateway.Options;
using OdooAspire.Gateway.Routing;
using OdooAspire.Gateway.WebSockets;

namespace OdooAspire.Gateway.Hosting;

/// <summary>The request pipeline: transport security, blocked paths, health endpoints, then YARP.</summary>
internal static class GatewayPipelineExtensions
{
    public static WebApplication UseOdooGateway(this WebApplication app)
    {
        // Resolving the options validates them, so a missing setting stops the start with its own message.
        _ = app.Services.GetRequiredService<IOptions<OdooUpstreamOptions>>().Value;
        var gateway = app.Services.GetRequiredService<IOptions<GatewayOptions>>().Value;
        if (gateway.HttpsRedirect)
        {
            app.UseHttpsRedirection();
        }

        if (gateway.Hsts)
        {
            app.UseHsts();
        }

        app.UseMiddleware<BlockedPathMiddleware>();
        app.MapDefaultEndpoints();
        app.MapReverseProxy(proxy =>
        {
            proxy.UseMiddleware<UpstreamErrorMiddleware>();
            proxy.UseMiddleware<WebSocketSessionMiddleware>();
            proxy.UseSessionAffinity();
            proxy.UseLoadBalancing();
            proxy.UsePassiveHealthChecks();
        });
        return app;
    }
}
