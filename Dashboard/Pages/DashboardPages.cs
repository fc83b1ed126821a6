using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OdooAspire.Dashboard.Resources;
using OdooAspire.Dashboard.Storage;

namespace OdooAspire.Dashboard.Pages;

/// <summary>Maps every page, the resource commands, the live-update events and the two static assets.</summary>
internal static class DashboardPages
{
    public static IEndpointRouteBuilder MapDashboardPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ResourcesPage.Path, (HttpContext context, IResourceCatalog catalog) =>
            PageLayout.Respond(context, "Resources", "resources", "resources",
                ResourcesPage.Render(catalog.GetResources(), context.Request.Query["done"], context.Request.Query["error"])));
        endpoints.MapPost("/resources/{name}/commands/{command}", ExecuteCommandAsync);
        endpoints.MapGet(ConsoleLogsPage.Path, (HttpContext context, IResourceCatalog catalog) =>
            PageLayout.Respond(context, "Console logs", "console", "console",
                ConsoleLogsPage.Render(catalog, context.Request.Query["resource"], context.Request.Query["q"])));
        endpoints.MapGet(TracesPage.Path, (HttpContext context, TelemetryStores stores) =>
            PageLayout.Respond(context, "Traces", "traces", "traces", TracesPage.Render(context.Request, stores.Traces)));
        endpoints.MapGet("/traces/{traceId}", (HttpContext context, string traceId, TelemetryStores stores) =>
            PageLayout.Respond(context, "Trace", "traces", "traces", TraceDetailPage.Render(traceId.ToLowerInvariant(), stores.Traces)));
        endpoints.MapGet(WebSocketsPage.Path, (HttpContext context, TelemetryStores stores) =>
            PageLayout.Respond(context, "WebSockets", "websockets", "websockets", WebSocketsPage.Render(context.Request, stores)));
        endpoints.MapGet("/websockets/{traceId}/{spanId}", (HttpContext context, string traceId, string spanId, TelemetryStores stores) =>
            PageLayout.Respond(context, "WebSocket session", "websockets", null, WebSocketSessionPage.Render(traceId, spanId, stores)));
        endpoints.MapGet(StructuredLogsPage.Path, (HttpContext context, TelemetryStores stores) =>
            PageLayout.Respond(context, "Structured logs", "logs", "logs", StructuredLogsPage.Render(context.Request, stores.Logs)));
        endpoints.MapGet(MetricsPage.Path, (HttpContext context, TelemetryStores stores, TimeProvider time) =>
            PageLayout.Respond(context, "Metrics", "metrics", "metrics", MetricsPage.Render(context.Request, stores.Metrics, time.GetUtcNow())));
        endpoints.MapGet(LiveEvents.Path, LiveEvents.StreamAsync);
        endpoints.MapGet("/_assets/{file}", (string file) => Asset(file));
        return endpoints;
    }

    private static async Task<IResult> ExecuteCommandAsync(string name, string command, IResourceCatalog catalog, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<ResourceCommand>(command, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
        {
            return Results.BadRequest($"Unknown command '{command}'; use start, stop or restart.");
        }

        if (catalog.GetResources().All(resource => resource.Name != name))
        {
            return Results.NotFound($"No resource is named '{name}'.");
        }

        try
        {
            await catalog.ExecuteCommandAsync(name, parsed, cancellationToken);
            return Results.Redirect($"/?done={Uri.EscapeDataString($"{parsed} requested for {name}.")}", preserveMethod: false);
        }
        catch (InvalidOperationException exception)
        {
            return Results.Redirect($"/?error={Uri.EscapeDataString($"{parsed} {name}: {exception.Message}")}");
        }
    }

    private static IResult Asset(string file)
    {
        var contentType = Path.GetExtension(file) switch
        {
            ".css" => "text/css; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            _ => null,
        };
        var stream = contentType is null ? null : Assembly.GetExecutingAssembly().GetManifestResourceStream($"OdooAspire.Dashboard.Assets.{file}");
        return stream is null ? Results.NotFound() : Results.Stream(stream, contentType);
    }
}
