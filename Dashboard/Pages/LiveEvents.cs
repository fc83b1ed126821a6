using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using OdooAspire.Dashboard.Resources;
using OdooAspire.Dashboard.Storage;

namespace OdooAspire.Dashboard.Pages;

/// <summary>
/// Server-sent events telling a page that its data changed (<c>/events?topic=...</c>); the page then re-renders
/// itself from the server (the page's script throttles its own refreshes).
/// </summary>
internal static class LiveEvents
{
    public const string Path = "/events";

    public static async Task StreamAsync(HttpContext context, TelemetryStores stores, IResourceCatalog catalog, IHostApplicationLifetime lifetime)
    {
        var topic = context.Request.Query["topic"].ToString();
        var resource = context.Request.Query["resource"].ToString();

        // An open tab must not hold up the AppHost's shutdown: the stream also ends when the dashboard stops.
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        var changes = Changes(topic, string.IsNullOrEmpty(resource) ? null : resource, stores, catalog, ended.Token);
        if (changes is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync("Unknown topic; use resources, console, traces, websockets, logs or metrics.\n", context.RequestAborted);
            return;
        }

        // Subscribe before telling the page it is connected, so a change right after is not missed.
        var enumerator = changes.GetAsyncEnumerator(ended.Token);
        var next = enumerator.MoveNextAsync().AsTask();
        try
        {
            context.Response.ContentType = "text/event-stream";
            context.Response.Headers.CacheControl = "no-store";
            await context.Response.WriteAsync(": connected\n\n", ended.Token);
            await context.Response.Body.FlushAsync(ended.Token);
            while (await next)
            {
                await context.Response.WriteAsync("data: changed\n\n", ended.Token);
                await context.Response.Body.FlushAsync(ended.Token);
                next = enumerator.MoveNextAsync().AsTask();
            }
        }
        catch (OperationCanceledException) when (ended.IsCancellationRequested)
        {
            // The browser left the page, or the dashboard is stopping.
        }
        finally
        {
            // An async enumerator cannot be disposed while a move is pending: end it first.
            await ended.CancelAsync();
            await next.ContinueWith(static move => _ = move.Exception, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            await enumerator.DisposeAsync();
        }
    }

    private static IAsyncEnumerable<object>? Changes(string topic, string? resource, TelemetryStores stores, IResourceCatalog catalog, CancellationToken cancellationToken) => topic switch
    {
        "resources" => Box(catalog.WatchResourcesAsync(cancellationToken)),
        "console" => Box(catalog.WatchConsoleLogsAsync(resource, cancellationToken)),
        "traces" => Box(stores.Traces.Changes.WatchAsync(cancellationToken)),
        "websockets" => Merge(stores.WebSocketSessions.Changes, stores.Metrics.Changes, cancellationToken),
        "logs" => Box(stores.Logs.Changes.WatchAsync(cancellationToken)),
        "metrics" => Box(stores.Metrics.Changes.WatchAsync(cancellationToken)),
        _ => null,
    };

    private static async IAsyncEnumerable<object> Box<T>(IAsyncEnumerable<T> source)
        where T : notnull
    {
        await foreach (var item in source)
        {
            yield return item;
        }
    }

    private static IAsyncEnumerable<object> Merge(ChangeFeed first, ChangeFeed second, CancellationToken cancellationToken)
    {
        var merged = System.Threading.Channels.Channel.CreateBounded<object>(new System.Threading.Channels.BoundedChannelOptions(1)
        {
            FullMode = System.Threading.Channels.BoundedChannelFullMode.DropOldest,
        });

        async Task PumpAsync(ChangeFeed feed)
        {
            await foreach (var version in feed.WatchAsync(cancellationToken))
            {
                merged.Writer.TryWrite(version);
            }
        }

        _ = Task.WhenAll(PumpAsync(first), PumpAsync(second)).ContinueWith(
            task => merged.Writer.TryComplete(task.Exception), TaskScheduler.Default);
        return merged.Reader.ReadAllAsync(cancellationToken);
    }
}
