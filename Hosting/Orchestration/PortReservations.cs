using System.Net.Sockets;
using OdooAspire.Hosting.ApplicationModel;

namespace OdooAspire.Hosting.Orchestration;

/// <summary>
/// Keeps the free ports the allocator picked listening until the resource's own server binds them. A resource may
/// bind long after allocation (an image pull, Odoo's first install); a port given back at once can meanwhile be
/// picked by any other process on the machine, and the start then fails with "address already in use".
/// </summary>
internal sealed class PortReservations : IDisposable
{
    private readonly Dictionary<Resource, List<TcpListener>> _held = new(ReferenceEqualityComparer.Instance);

    public void Hold(Resource resource, TcpListener listener)
    {
        lock (_held)
        {
            if (!_held.TryGetValue(resource, out var listeners))
            {
                _held[resource] = listeners = [];
            }

            listeners.Add(listener);
        }
    }

    /// <summary>Frees the resource's ports for its server; call it right before the launch that binds them.</summary>
    public void Release(Resource resource)
    {
        List<TcpListener>? listeners;
        lock (_held)
        {
            if (!_held.Remove(resource, out listeners))
            {
                return;
            }
        }

        foreach (var listener in listeners)
        {
            listener.Dispose();
        }
    }

    public void Dispose()
    {
        Resource[] resources;
        lock (_held)
        {
            resources = [.. _held.Keys];
        }

        foreach (var resource in resources)
        {
            Release(resource);
        }
    }
}
