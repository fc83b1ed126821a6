using System.Diagnostics;
using Microsoft.Extensions.Options;
using OpenTelemetry.Instrumentation.AspNetCore;

namespace OdooAspire.Gateway.Hosting;

/// <summary>
/// Names the gateway's request spans after the request's path (<c>GET /web/login</c>, never the query) instead
/// of the route that matched: every proxied request matches YARP's catch-all, so the default name
/// (<c>GET /{**catch-all}</c>) says nothing in Aspire's Traces. The span's <c>http.route</c> follows. ASP.NET
/// Core's request metrics take their route from the matched endpoint, not from the span, so the
/// <c>http.route</c> of <c>http.server.request.duration</c> stays the bounded route template.
/// </summary>
internal sealed class RequestSpanNamingSetup : IConfigureOptions<AspNetCoreTraceInstrumentationOptions>
{
    public const string HttpRouteTag = "http.route";

    public void Configure(AspNetCoreTraceInstrumentationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // The instrumentation names the span after the route just before it calls this, so this name wins.
        var enrich = options.EnrichWithHttpResponse;
        options.EnrichWithHttpResponse = (activity, response) =>
        {
            enrich?.Invoke(activity, response);
            NameAfterPath(activity, response.HttpContext.Request);
        };
    }

    private static void NameAfterPath(Activity activity, HttpRequest request)
    {
        var path = request.PathBase.Add(request.Path).Value;
        if (string.IsNullOrEmpty(path))
        {
            return;
        }

        activity.DisplayName = request.Method + " " + path;
        activity.SetTag(HttpRouteTag, path);
    }
}
