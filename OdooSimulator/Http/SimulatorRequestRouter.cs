using Microsoft.AspNetCore.Http;
using OdooAspire.OdooSimulator.Bus;
using OdooAspire.OdooSimulator.Configuration;

namespace OdooAspire.OdooSimulator.Http;

/// <summary>Sends each request to the health, websocket or JSON-RPC handling; anything else is a 404 like Odoo's.</summary>
internal sealed class SimulatorRequestRouter(SimulatorOptions options, BusWebSocketEndpoint websocket, JsonRpcEndpoint jsonRpc)
{
    public Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Request.Path;
        if (HealthEndpoints.Matches(path))
        {
            return HealthEndpoints.WriteAsync(context);
        }

        if (path == BusWebSocketEndpoint.Path)
        {
            return websocket.HandleAsync(context);
        }

        if (jsonRpc.Match(path) is { } route)
        {
            return jsonRpc.HandleAsync(context, route);
        }

        if (SimulatorHomePage.Matches(context.Request))
        {
            return SimulatorHomePage.WriteAsync(context, options);
        }

        return ErrorPages.WriteAsync(context, 404, "The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.");
    }
}
