using Microsoft.AspNetCore.Http;

namespace OdooAspire.OdooSimulator.Http;

/// <summary>Odoo's health routes, served on both ports: <c>/web/health</c> and <c>/websocket/health</c>.</summary>
internal static class HealthEndpoints
{
    public static bool Matches(PathString path) => path == "/web/health" || path == "/websocket/health";

    public static Task WriteAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync("{\"status\": \"pass\"}", context.RequestAborted);
    }
}
