using System.Net;
using System.Net.Sockets;
using OdooAspire.Hosting.ApplicationModel;

namespace OdooAspire.Hosting.Orchestration;

/// <summary>Gives every endpoint its address for this run: the fixed host port, or a free loopback port.</summary>
internal sealed class EndpointAllocator
{
    private readonly HashSet<int> _used = [];

    /// <summary>Allocates every endpoint; with <paramref name="reservations"/>, the free ports stay held there.</summary>
    public void Allocate(IEnumerable<Resource> resources, PortReservations? reservations = null)
    {
        foreach (var resource in resources)
        {
            foreach (var endpoint in resource.AnnotationsOf<EndpointAnnotation>())
            {
                var port = endpoint.Port ?? FreePort(resource, reservations);
                if (endpoint.Port is { } fixedPort)
                {
                    EnsureFree(resource, endpoint, fixedPort);
                }

                _used.Add(port);
                var targetPort = resource is ContainerResource ? endpoint.TargetPort ?? port : port;
                endpoint.Allocated = new AllocatedEndpoint(endpoint.Scheme, "127.0.0.1", port, targetPort);
            }
        }
    }

    private int FreePort(Resource resource, PortReservations? reservations)
    {
        while (true)
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            if (reservations is not null && !_used.Contains(port))
            {
                reservations.Hold(resource, listener);
            }
            else
            {
                listener.Dispose();
            }

            if (_used.Add(port))
            {
                return port;
            }
        }
    }

    private void EnsureFree(Resource resource, EndpointAnnotation endpoint, int port)
    {
        if (_used.Contains(port))
        {
            throw new InvalidOperationException(
                $"Port {port} is configured for two endpoints (the second is '{endpoint.Name}' of {resource}).");
        }

        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
        }
        catch (SocketException ex) when (ex.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            throw new InvalidOperationException(
                $"Port {port} for endpoint '{endpoint.Name}' of {resource} is already in use on 127.0.0.1. "
                + "Stop what uses it or configure another port.", ex);
        }
    }
}
