using System.Net;
using System.Net.Sockets;

namespace OdooAspire.Hosting.Odoo;

/// <summary>
/// Odoo's endpoints bind their own ports, with no proxy of the orchestrator in between: the gateway in front is
/// the only proxy, as in the deployment this reproduces.
/// </summary>
internal static class OdooEndpoints
{
    /// <summary>A process on the host: the port is the one it binds (a free one when none is configured).</summary>
    public static void OnLoopback(EndpointAnnotation endpoint, int? port)
    {
        endpoint.UriScheme = "http";
        endpoint.Transport = "http";
        endpoint.IsProxied = false;
        endpoint.TargetHost = "127.0.0.1";
        endpoint.Port = port;
        endpoint.TargetPort = port;
    }

    /// <summary>A container: the image's port published on a host port (a free one when none is configured).</summary>
    public static void Publish(EndpointAnnotation endpoint, int? port, int containerPort)
    {
        endpoint.UriScheme = "http";
        endpoint.Transport = "http";
        endpoint.IsProxied = false;
        endpoint.Port = port ?? FreeLoopbackPort();
        endpoint.TargetPort = containerPort;
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
