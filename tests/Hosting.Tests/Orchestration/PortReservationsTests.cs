using System.Net;
using System.Net.Sockets;
using OdooAspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Orchestration;
using OdooAspire.Hosting.Tests.Infrastructure;

namespace OdooAspire.Hosting.Tests.Orchestration;

public sealed class PortReservationsTests : IDisposable
{
    private readonly TemporaryDirectory _data = new();

    private DevHostBuilder Builder() => new(["--DataPath", _data.Path], _data.Path, testing: true);

    [Fact]
    public void A_free_port_stays_taken_until_its_resource_releases_it_for_its_server()
    {
        var builder = Builder();
        var odoo = builder.AddExecutable("odoo", "/bin/true", ".").WithHttpEndpoint();
        var gateway = builder.AddExecutable("gateway", "/bin/true", ".").WithHttpEndpoint();
        using var reservations = new PortReservations();
        new EndpointAllocator().Allocate(builder.Resources, reservations);
        var odooPort = odoo.GetEndpoint("http").Allocated.Port;
        var gatewayPort = gateway.GetEndpoint("http").Allocated.Port;

        Assert.Equal(SocketError.AddressAlreadyInUse, BindError(odooPort));

        reservations.Release(odoo.Resource);

        Assert.Null(BindError(odooPort));
        Assert.Equal(SocketError.AddressAlreadyInUse, BindError(gatewayPort));
    }

    [Fact]
    public void A_fixed_port_is_checked_but_not_held()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var builder = Builder();
        builder.AddExecutable("gateway", "/bin/true", ".").WithHttpEndpoint(port: port);
        using var reservations = new PortReservations();
        new EndpointAllocator().Allocate(builder.Resources, reservations);

        Assert.Null(BindError(port));
    }

    public void Dispose() => _data.Dispose();

    /// <summary>What binding the port as a server (with SO_REUSEADDR, as Odoo and podman do) fails with, or null.</summary>
    private static SocketError? BindError(int port)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        try
        {
            socket.Bind(new IPEndPoint(IPAddress.Loopback, port));
            socket.Listen();
            return null;
        }
        catch (SocketException ex)
        {
            return ex.SocketErrorCode;
        }
    }
}
