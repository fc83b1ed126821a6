using Microsoft.AspNetCore.Http;

namespace OdooAspire.Dashboard.Security;

/// <summary>
/// Refuses any request whose remote address is not loopback (the listeners bind 127.0.0.1 already; this
/// holds even if one is ever bound wider), and any request naming another host, which is how a web page
/// using DNS rebinding would reach a loopback port.
/// </summary>
internal sealed class LoopbackOnlyMiddleware(RequestDelegate next)
{
    private static readonly string[] LoopbackHosts = ["127.0.0.1", "localhost", "[::1]"];

    public Task InvokeAsync(HttpContext context)
    {
        if (!LoopbackAddress.IsLoopback(context.Connection.RemoteIpAddress))
        {
            return RefuseAsync(context, StatusCodes.Status403Forbidden, "The dashboard accepts connections from this machine only.");
        }

        if (!IsLoopbackHost(context.Request.Host))
        {
            return RefuseAsync(context, StatusCodes.Status400BadRequest, "The dashboard answers to 127.0.0.1, localhost and [::1] only.");
        }

        return next(context);
    }

    public static bool IsLoopbackHost(HostString host) =>
        host.HasValue && LoopbackHosts.Contains(host.Host, StringComparer.OrdinalIgnoreCase);

    private static Task RefuseAsync(HttpContext context, int statusCode, string message)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(message + "\n", context.RequestAborted);
    }
}
