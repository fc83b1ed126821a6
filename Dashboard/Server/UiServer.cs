using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OdooAspire.Dashboard.Pages;
using OdooAspire.Dashboard.Resources;
using OdooAspire.Dashboard.Security;
using OdooAspire.Dashboard.Storage;

namespace OdooAspire.Dashboard.Server;

/// <summary>The browser-facing app: loopback only, token then cookie, server-rendered pages and live-update events.</summary>
internal static class UiServer
{
    public static WebApplication Build(DashboardOptions options, TelemetryStores stores, IResourceCatalog catalog, BrowserToken token, ILoggerFactory? loggerFactory, TimeProvider timeProvider)
    {
        var builder = WebAppFactory.CreateBuilder(loggerFactory);
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, options.Port, listen => listen.Protocols = HttpProtocols.Http1));
        builder.Services.AddSingleton(stores);
        builder.Services.AddSingleton(catalog);
        builder.Services.AddSingleton(token);
        builder.Services.AddSingleton(timeProvider);

        var app = builder.Build();
        app.UseMiddleware<LoopbackOnlyMiddleware>();
        app.UseMiddleware<BrowserTokenMiddleware>();
        app.MapDashboardPages();
        return app;
    }
}
