using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;

namespace OdooAspire.AppHost.Dashboard;

/// <summary>Where Aspire's dashboard listens when nothing (a launch profile, the environment) chose already.</summary>
internal static class DashboardAddressExtensions
{
    /// <summary>
    /// Serves the dashboard on 127.0.0.1 at <c>Dashboard:Port</c> (a free port when absent) over plain HTTP (the
    /// login token guards it), and its OTLP receiver on a free loopback port.
    /// </summary>
    public static IDistributedApplicationBuilder UseLoopbackDashboard(this IDistributedApplicationBuilder builder)
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

        return builder;
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
