using Microsoft.Extensions.Configuration;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;

namespace OdooAspire.AppHost.Console;

/// <summary>The AppHost's console: progress while starting, the <c>Label: url</c> lines once healthy, failures explained.</summary>
internal static class ConsoleSummaryExtensions
{
    /// <summary>
    /// Serves Aspire's dashboard on 127.0.0.1 (<c>Dashboard:Port</c>, a free port when absent; plain HTTP, the
    /// login token guards it) unless a launch profile or the environment already chose, and prints the summary.
    /// </summary>
    public static IDistributedApplicationBuilder AddConsoleSummary(this IDistributedApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        if (string.IsNullOrEmpty(configuration["ASPNETCORE_URLS"]))
        {
            var port = configuration.GetValue<int?>("Dashboard:Port") ?? FreeLoopbackPort();
            configuration["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
            configuration["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] ??= "true";
        }

        if (string.IsNullOrEmpty(configuration["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"]) && string.IsNullOrEmpty(configuration["ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL"]))
        {
            configuration["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = $"http://127.0.0.1:{FreeLoopbackPort().ToString(CultureInfo.InvariantCulture)}";
        }

        // Hosted services start only once every resource is created; the summary must see the start-up itself.
        builder.Services.AddSingleton<ConsoleSummary>();
        builder.Eventing.Subscribe<BeforeStartEvent>((e, _) =>
        {
            e.Services.GetRequiredService<ConsoleSummary>().Start();
            return Task.CompletedTask;
        });
        return builder;
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
