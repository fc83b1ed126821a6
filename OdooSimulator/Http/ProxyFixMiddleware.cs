using System.Net;
using Microsoft.AspNetCore.Http;
using OdooAspire.OdooSimulator.Configuration;

namespace OdooAspire.OdooSimulator.Http;

/// <summary>
/// Odoo's proxy_mode: only when X-Forwarded-Host is present, Host, scheme and client address are taken from
/// the last value of X-Forwarded-Host / -Proto / -For (one trusted proxy).
/// </summary>
internal sealed class ProxyFixMiddleware(RequestDelegate next, SimulatorOptions options)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Request.Headers;
        var forwardedHost = Last(headers["X-Forwarded-Host"]);
        if (options.ProxyMode && forwardedHost is not null)
        {
            context.Request.Host = HostString.FromUriComponent(forwardedHost);
            if (Last(headers["X-Forwarded-Proto"]) is { } proto)
            {
                context.Request.Scheme = proto;
            }

            if (Last(headers["X-Forwarded-For"]) is { } forwardedFor && IPAddress.TryParse(forwardedFor, out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }
        }

        return next(context);
    }

    private static string? Last(Microsoft.Extensions.Primitives.StringValues values)
    {
        var last = values.ToString().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        return string.IsNullOrEmpty(last) ? null : last;
    }
}
