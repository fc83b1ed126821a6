using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OdooAspire.Dashboard.Otlp;
using OdooAspire.Dashboard.Security;
using OdooAspire.Dashboard.Storage;

namespace OdooAspire.Dashboard.Server;

/// <summary>
/// One Kestrel app with two loopback listeners: OTLP/HTTP (HTTP/1.1) first, then OTLP/gRPC (h2c);
/// Kestrel reports bound addresses in listen order, which <see cref="WebAppFactory.BoundPorts"/> relies on.
/// </summary>
internal static class OtlpServer
{
    private const int MaxMessageBytes = 32 * 1024 * 1024;

    public static WebApplication Build(DashboardOptions options, TelemetryStores stores, ILoggerFactory? loggerFactory)
    {
        var builder = WebAppFactory.CreateBuilder(loggerFactory);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = MaxMessageBytes;
            kestrel.Listen(IPAddress.Loopback, options.OtlpHttpPort, listen => listen.Protocols = HttpProtocols.Http1);
            kestrel.Listen(IPAddress.Loopback, options.OtlpGrpcPort, listen => listen.Protocols = HttpProtocols.Http2);
        });
        builder.Services.AddSingleton(stores);
        builder.Services.AddSingleton<OtlpIngestor>();
        builder.Services.AddGrpc(grpc => grpc.MaxReceiveMessageSize = MaxMessageBytes);

        var app = builder.Build();
        app.UseMiddleware<LoopbackOnlyMiddleware>();
        app.MapGrpcService<OtlpGrpcTraceService>();
        app.MapGrpcService<OtlpGrpcLogsService>();
        app.MapGrpcService<OtlpGrpcMetricsService>();
        app.MapOtlpHttp();
        return app;
    }
}
