using System.Text;
using Microsoft.Net.Http.Headers;

namespace OdooAspire.Gateway.Errors;

/// <summary>Writes the maintenance page (browsers) or a JSON-RPC error (JSON callers) with the failure's status.</summary>
internal static class GatewayErrorWriter
{
    public static async Task WriteAsync(HttpContext context, GatewayFailure failure)
    {
        var (title, message) = Describe(failure.StatusCode);
        var retryAfter = context.Response.Headers.RetryAfter;
        context.Response.Clear();
        context.Response.StatusCode = failure.StatusCode;
        context.Response.Headers.CacheControl = "no-store";
        if (!string.IsNullOrEmpty(retryAfter))
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        byte[] body;
        if (WantsJson(context.Request))
        {
            context.Response.ContentType = "application/json";
            body = JsonRpcErrorBody.Render(failure.StatusCode, title, message);
        }
        else
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            body = Encoding.UTF8.GetBytes(MaintenancePage.Render(failure.StatusCode, title, message));
        }

        context.Response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    /// <summary>JSON-RPC callers post JSON or ask for it; browsers ask for HTML.</summary>
    public static bool WantsJson(HttpRequest request)
    {
        if (request.ContentType is { } contentType && IsJson(contentType))
        {
            return true;
        }

        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return false;
        }

        var json = accept.Where(value => IsJson(value.MediaType.Value)).Select(value => value.Quality ?? 1).DefaultIfEmpty(0).Max();
        var html = accept.Where(value => value.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase)).Select(value => value.Quality ?? 1).DefaultIfEmpty(0).Max();
        return json > 0 && json >= html;
    }

    private static bool IsJson(string? mediaType) =>
        mediaType is not null && MediaTypeHeaderValue.TryParse(mediaType, out var parsed)
        && (parsed.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || parsed.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    private static (string Title, string Message) Describe(int statusCode) => statusCode switch
    {
        StatusCodes.Status504GatewayTimeout => ("Odoo is taking too long", "Odoo did not answer in time. Try again in a moment."),
        StatusCodes.Status503ServiceUnavailable => ("Odoo is under maintenance", "Odoo is starting or being updated. Try again in a moment."),
        _ => ("Odoo is not reachable", "The gateway could not reach Odoo. It may be starting or restarting; try again in a moment."),
    };
}
