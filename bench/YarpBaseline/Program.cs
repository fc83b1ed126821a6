using Yarp.ReverseProxy.Configuration;

// The least a YARP proxy for Odoo does: the gateway's two routes and nothing else (no header transforms, error
// pages, websocket accounting, blocked paths, health checks or telemetry), on the same Kestrel socket settings.
// bench/run.sh measures it beside the gateway and nginx, so the table shows how much of the gap to nginx is
// Kestrel + YARP themselves and how much the gateway's own work. Same arguments as the gateway:
//   --urls http://127.0.0.1:PORT --Odoo:HttpUrl http://127.0.0.1:8069 --Odoo:WebsocketUrl http://127.0.0.1:8072
const string InlineCompletions = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";
if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(InlineCompletions)))
{
    Environment.SetEnvironmentVariable(InlineCompletions, "1");
}

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.WebHost.UseSockets(sockets => sockets.UnsafePreferInlineScheduling = Environment.GetEnvironmentVariable(InlineCompletions) == "1");
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

var httpUrl = builder.Configuration["Odoo:HttpUrl"];
var websocketUrl = builder.Configuration["Odoo:WebsocketUrl"];
if (string.IsNullOrEmpty(httpUrl) || string.IsNullOrEmpty(websocketUrl))
{
    await Console.Error.WriteLineAsync("Usage: --urls http://127.0.0.1:PORT --Odoo:HttpUrl http://127.0.0.1:8069 --Odoo:WebsocketUrl http://127.0.0.1:8072");
    return 2;
}

builder.Services.AddReverseProxy().LoadFromMemory(
    [
        new RouteConfig { RouteId = "websocket", ClusterId = "gevent", Match = new RouteMatch { Path = "/websocket/{**rest}" } },
        new RouteConfig { RouteId = "http", ClusterId = "http", Match = new RouteMatch { Path = "{**catch-all}" } },
    ],
    [
        new ClusterConfig { ClusterId = "gevent", Destinations = new Dictionary<string, DestinationConfig> { ["odoo"] = new() { Address = websocketUrl } } },
        new ClusterConfig { ClusterId = "http", Destinations = new Dictionary<string, DestinationConfig> { ["odoo"] = new() { Address = httpUrl } } },
    ]);

var app = builder.Build();
app.MapGet("/alive", () => Results.Ok());
app.MapReverseProxy();
await app.RunAsync();
return 0;
