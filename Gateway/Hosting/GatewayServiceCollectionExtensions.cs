using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OdooAspire.Gateway.Errors;
using OdooAspire.Gateway.Headers;
using OdooAspire.Gateway.Options;
using OdooAspire.Gateway.Routing;
using OdooAspire.Gateway.Sessions;
using OdooAspire.Gateway.WebSockets;
using OpenTelemetry.Instrumentation.AspNetCore;
using OpenTelemetry.Metrics;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;

namespace OdooAspire.Gateway.Hosting;

/// <summary>Registers everything the gateway runs: options, telemetry, Kestrel setup, YARP and the sessions page.</summary>
internal static class GatewayServiceCollectionExtensions
{
    public const string YarpActivitySource = "Yarp.ReverseProxy";

    public static WebApplicationBuilder AddOdooGateway(this WebApplicationBuilder builder)
    {
        builder.AddServiceDefaults(
            tracing => tracing.AddSource(YarpActivitySource, WebSocketTelemetry.ActivitySourceName),
            metrics => metrics.AddMeter(WebSocketTelemetry.MeterName, UpstreamErrorTelemetry.MeterName));

        builder.WebHost.UseSockets(sockets => sockets.UnsafePreferInlineScheduling = SocketCompletions.AreInline);
        var services = builder.Services;
        services.AddGatewayOptions(builder.Configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IConfigureOptions<KestrelServerOptions>, KestrelOptionsSetup>();
        services.AddSingleton<IPostConfigureOptions<HostFilteringOptions>, HostFilteringSetup>();
        services.AddSingleton<IConfigureOptions<HstsOptions>, TransportSecuritySetup>();
        services.AddSingleton<IConfigureOptions<HttpsRedirectionOptions>, TransportSecuritySetup>();
        services.AddSingleton<IConfigureOptions<AspNetCoreTraceInstrumentationOptions>, RequestSpanNamingSetup>();
        services.AddSingleton<UpstreamErrorTelemetry>();
        services.AddSingleton<WebSocketTelemetry>();
        services.AddSingleton<WebSocketSessionRecorder>();
        services.AddSingleton<WebSocketSessionBoard>();
        services.AddSingleton<SessionsPageServer>();
        services.AddHostedService(provider => provider.GetRequiredService<SessionsPageServer>());

        services.AddSingleton<IProxyConfigProvider, OdooProxyConfigProvider>();
        services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection(OdooProxyConfigProvider.ReverseProxySection))
            .AddTransforms<ForwardedHeadersTransformProvider>()
            .AddTransforms<ErrorResponseTransformProvider>();
        services.Replace(ServiceDescriptor.Singleton<IForwarderHttpClientFactory, OdooForwarderHttpClientFactory>());
        return builder;
    }
}
