using Microsoft.Extensions.Options;
using OdooAspire.Gateway.Options;

namespace OdooAspire.Gateway.Routing;

/// <summary>Answers configured paths (e.g. Odoo's database manager) with 404 without reaching Odoo.</summary>
internal sealed partial class BlockedPathMiddleware(RequestDelegate next, IOptions<GatewayOptions> options, ILogger<BlockedPathMiddleware> logger)
{
    private readonly PathString[] _blocked = [.. options.Value.EffectiveBlockedPaths.Select(path => new PathString(path.TrimEnd('/')))];

    public Task InvokeAsync(HttpContext context)
    {
        foreach (var prefix in _blocked)
        {
            if (context.Request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase))
            {
                LogBlocked(logger, context.Request.Method, context.Request.Path);
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                context.Response.ContentType = "text/plain; charset=utf-8";
                return context.Response.WriteAsync("Not Found\n", context.RequestAborted);
            }
        }

        return next(context);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Blocked {Method} {Path}: the path is in Gateway:BlockedPaths or is the database manager")]
    private static partial void LogBlocked(ILogger logger, string method, PathString path);
}
