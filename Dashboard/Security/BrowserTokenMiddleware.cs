using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using OdooAspire.Dashboard.Pages;

namespace OdooAspire.Dashboard.Security;

/// <summary>
/// Lets a browser in with <c>?t=&lt;token&gt;</c> once: sets an HttpOnly, SameSite=Strict cookie and redirects to
/// the same URL without the token. Later requests need the cookie; anything else gets 401 and a page saying where the URL is.
/// </summary>
internal sealed class BrowserTokenMiddleware(RequestDelegate next, BrowserToken token)
{
    public const string QueryKey = "t";

    public Task InvokeAsync(HttpContext context)
    {
        // Cookies are not port-specific: the port in the name keeps two dashboards on one machine apart.
        var cookieName = CookieName(context.Connection.LocalPort);
        if (context.Request.Query.TryGetValue(QueryKey, out var offered))
        {
            if (!token.MatchesToken(offered.ToString()))
            {
                return RefuseAsync(context, "The token in this URL is not this dashboard's token.");
            }

            context.Response.Cookies.Append(cookieName, token.CookieValue, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Path = "/",
                IsEssential = true,
            });
            context.Response.Redirect(WithoutToken(context.Request));
            return Task.CompletedTask;
        }

        if (token.MatchesCookie(context.Request.Cookies[cookieName]))
        {
            return next(context);
        }

        return RefuseAsync(context, "Open the dashboard with the URL the AppHost printed at start (the line starting with \"Dashboard:\").");
    }

    public static string CookieName(int port) => $"odooaspire_dashboard_{port}";

    private static string WithoutToken(HttpRequest request)
    {
        var query = new QueryBuilder(request.Query.Where(pair => pair.Key != QueryKey));
        return request.PathBase + request.Path + query.ToQueryString();
    }

    private static Task RefuseAsync(HttpContext context, string message)
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(LoginRequiredPage.Render(message), context.RequestAborted);
    }
}
