namespace OdooAspire.Gateway.Routing;

/// <summary>The ids of the routes and clusters the gateway generates; a <c>ReverseProxy</c> section may override them by id.</summary>
internal static class OdooRouteNames
{
    public const string WebSocketRoute = "odoo-websocket";
    public const string HttpRoute = "odoo-http";
    public const string GeventCluster = "odoo-gevent";
    public const string HttpCluster = "odoo-http";
    public const string WebSocketPathPattern = "/websocket/{**rest}";
    public const string CatchAllPathPattern = "/{**catch-all}";
}
