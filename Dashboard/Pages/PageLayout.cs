using System.Text;
using Microsoft.AspNetCore.Http;

namespace OdooAspire.Dashboard.Pages;

/// <summary>The page shell: navigation, styles, the live-refresh script and the main content.</summary>
internal static class PageLayout
{
    public const string FragmentHeader = "X-Dashboard-Fragment";

    private static readonly (string Key, string Href, string Label)[] Navigation =
    [
        ("resources", "/", "Resources"),
        ("console", "/console", "Console"),
        ("traces", "/traces", "Traces"),
        ("websockets", "/websockets", "WebSockets"),
        ("logs", "/logs", "Structured logs"),
        ("metrics", "/metrics", "Metrics"),
    ];

    /// <summary>The full page, or only the main content when the live-refresh script asks for it.</summary>
    public static IResult Respond(HttpContext context, string title, string navKey, string? liveTopic, string body)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (context.Request.Headers.ContainsKey(FragmentHeader))
        {
            return Results.Content(body, "text/html; charset=utf-8");
        }

        return Results.Content(Render(title, navKey, liveTopic, body), "text/html; charset=utf-8");
    }

    public static string Render(string title, string navKey, string? liveTopic, string body)
    {
        var html = new StringBuilder(body.Length + 2048);
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Html.E(title)).Append(" · OdooAspire</title>")
            .Append("<link rel=\"stylesheet\" href=\"/_assets/dashboard.css\"></head><body><header>")
            .Append("<span class=\"brand\">OdooAspire</span><nav>");
        foreach (var (key, href, label) in Navigation)
        {
            html.Append("<a href=\"").Append(href).Append('"').Append(key == navKey ? " class=\"active\"" : string.Empty)
                .Append('>').Append(Html.E(label)).Append("</a>");
        }

        html.Append("</nav><span class=\"live\" id=\"live-status\" title=\"Click to pause or resume live updates\">")
            .Append(liveTopic is null ? string.Empty : "connecting…").Append("</span></header>")
            .Append("<main id=\"content\"").Append(liveTopic is null ? string.Empty : $" data-live=\"{Html.E(liveTopic)}\"").Append('>')
            .Append(body)
            .Append("</main><script src=\"/_assets/dashboard.js\"></script></body></html>");
        return html.ToString();
    }
}
