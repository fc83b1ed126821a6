using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;

namespace OdooAspire.Gateway.Sessions;

/// <summary>
/// What the sessions endpoint answers: <c>GET /</c> the page, <c>GET /sessions.json</c> the same data as
/// JSON, anything else 404. It runs on its own loopback server, so no proxied request ever reaches it. Only
/// <c>localhost</c> and <c>127.0.0.1</c> are accepted as Host, so a web page cannot read it through a
/// rebound DNS name.
/// </summary>
internal sealed class SessionsPageApplication(WebSocketSessionBoard board) : IHttpApplication<HttpContext>
{
    public const string PagePath = "/";
    public const string JsonPath = "/sessions.json";

    public HttpContext CreateContext(IFeatureCollection contextFeatures) => new DefaultHttpContext(contextFeatures);

    public void DisposeContext(HttpContext context, Exception? exception)
    {
    }

    public Task ProcessRequestAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        if (!IsLoopbackHost(request.Host.Host))
        {
            return AnswerAsync(context, StatusCodes.Status400BadRequest, "The sessions page answers only to localhost and 127.0.0.1.\n");
        }

        var isPage = request.Path == PagePath;
        if (!isPage && request.Path != JsonPath)
        {
            return AnswerAsync(context, StatusCodes.Status404NotFound, $"Not found: the sessions page is at {PagePath}, its data at {JsonPath}.\n");
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.Headers.Allow = "GET, HEAD";
            return AnswerAsync(context, StatusCodes.Status405MethodNotAllowed, "Only GET and HEAD.\n");
        }

        var snapshot = board.Snapshot();
        if (isPage)
        {
            // No scripts at all: even a value that escaped encoding could not run.
            response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
            response.ContentType = "text/html; charset=utf-8";
            return WriteAsync(context, SessionsPageHtml.Render(snapshot));
        }

        response.ContentType = "application/json; charset=utf-8";
        return WriteAsync(context, JsonSerializer.Serialize(snapshot, SessionsJsonContext.Default.WebSocketSessionsSnapshot));
    }

    private static bool IsLoopbackHost(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host == "127.0.0.1";

    private static Task AnswerAsync(HttpContext context, int statusCode, string text)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return WriteAsync(context, text);
    }

    private static Task WriteAsync(HttpContext context, string body) =>
        HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : context.Response.WriteAsync(body, context.RequestAborted);
}
