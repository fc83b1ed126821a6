using System.Net;
using System.Net.Sockets;
using OdooAspire.Hosting.ApplicationModel;

namespace OdooAspire.Hosting.Orchestration;

/// <summary>Gives every endpoint its address for this run: the fixed host port, or a free loopback port.</summary>
internal sealed class EndpointAllocator
{
    private readonly HashSet<int> _used = [];

    public void Allocate(IEnumerable<Resource> resources)
    {
        foreach (var resource in resources)
        {
            foreach (var endpoint in resource.AnnotationsOf<EndpointAnnotation>())
            {
                var port = endpoint.Port ?? FreePort();
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

    private int FreePort()
    {
        while (true)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
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
