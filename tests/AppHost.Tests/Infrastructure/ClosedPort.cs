using System.Net;
using System.Net.Sockets;

namespace OdooAspire.AppHost.Tests.Infrastructure;

/// <summary>A loopback port that was just free: nothing listens there (connection refused).</summary>
internal static class ClosedPort
{
    public static Uri Url()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }
}
