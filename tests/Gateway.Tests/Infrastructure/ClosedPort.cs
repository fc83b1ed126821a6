using System.Net;
using System.Net.Sockets;

namespace OdooAspire.Gateway.Tests.Infrastructure;

/// <summary>A loopback port nothing listens on (connections are refused), like a stopped Odoo.</summary>
internal static class ClosedPort
{
    public static string Url()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}";
    }
}
