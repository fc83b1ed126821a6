using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using OdooAspire.OdooSimulator.Bus;
using OdooAspire.OdooSimulator.Configuration;
using OdooAspire.OdooSimulator.Http;
using OdooAspire.OdooSimulator.LiveChat;
using OdooAspire.OdooSimulator.Persistence;

namespace OdooAspire.OdooSimulator;

/// <summary>Builds the simulator's web application: Odoo's listeners, services and request pipeline.</summary>
internal static class SimulatorApp
{
    public static WebApplication Build(SimulatorOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "OdooSimulator" });
        builder.AddServiceDefaults(tracing => tracing.AddSource("Npgsql"));
        builder.Logging.SetMinimumLevel(LogLevelOf(options.LogLevel));
        var endpoints = new SimulatorEndpoints();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            var address = AddressOf(options.HttpInterface);
            kestrel.Listen(address, options.HttpPort, listen =>
            {
                listen.Use(ListenerRoles.Tag(ListenerRole.Http));
                endpoints.Http = listen;
            });
            if (options.IsMultiProcess)
            {
                kestrel.Listen(address, options.GeventPort, listen =>
                {
                    listen.Use(ListenerRoles.Tag(ListenerRole.Gevent));
                    endpoints.Gevent = listen;
                });
            }
        });

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(options.Profile);
        services.AddSingleton(endpoints);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ => NpgsqlDataSource.Create(ConnectionStrings.For(options, options.DbName)));
        services.AddSingleton<OdooDatabase>();
        services.AddSingleton(new BusChannels(options.DbName));
        services.AddSingleton<BusDispatcher>();
        services.AddSingleton<BusChannelResolver>();
        services.AddSingleton<BusSocketServices>();
        services.AddSingleton<BusWebSocketEndpoint>();
        services.AddSingleton<BusListener>();
        services.AddHostedService(sp => sp.GetRequiredService<BusListener>());
        services.AddSingleton<IJsonRpcRoutes, SessionRoutes>();
        services.AddSingleton<IJsonRpcRoutes, LiveChatRoutes>();
        services.AddSingleton<IJsonRpcRoutes, DiscussRoutes>();
        services.AddSingleton<IJsonRpcRoutes, CallKwRoutes>();
        services.AddSingleton<JsonRpcEndpoint>();
        services.AddSingleton<SimulatorRequestRouter>();
        configure?.Invoke(builder);

        var app = builder.Build();
        var server = $"OdooSimulator (not Odoo; speaks {options.Profile})";
        app.Use((context, next) =>
        {
            context.Response.Headers.Server = server;
            return next(context);
        });
        app.UseMiddleware<ProxyFixMiddleware>();
        var router = app.Services.GetRequiredService<SimulatorRequestRouter>();
        app.Run(router.HandleAsync);
        return app;
    }

    private static IPAddress AddressOf(string httpInterface) =>
        httpInterface is "" or "0.0.0.0" ? IPAddress.Any
        : string.Equals(httpInterface, "localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
        : IPAddress.TryParse(httpInterface, out var address) ? address
        : throw new OdooConfException($"odoo.conf: http_interface must be an IP address, got '{httpInterface}'.");

    private static LogLevel LogLevelOf(string odooLevel) => odooLevel.ToUpperInvariant() switch
    {
        "DEBUG" or "DEBUG_RPC" or "DEBUG_SQL" or "DEBUG_RPC_ANSWER" => LogLevel.Debug,
        "WARN" or "WARNING" => LogLevel.Warning,
        "ERROR" => LogLevel.Error,
        "CRITICAL" => LogLevel.Critical,
        _ => LogLevel.Information,
    };
}
