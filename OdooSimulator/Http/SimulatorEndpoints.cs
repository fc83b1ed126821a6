using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace OdooAspire.OdooSimulator.Http;

/// <summary>The listeners, readable after start (a port-0 listener then shows the port it got).</summary>
internal sealed class SimulatorEndpoints
{
    public ListenOptions? Http { get; set; }

    public ListenOptions? Gevent { get; set; }

    public Uri HttpUrl => Url(Http) ?? throw new InvalidOperationException("The HTTP listener is not configured.");

    /// <summary>The gevent port's URL; null in threaded mode (nothing listens there).</summary>
    public Uri? GeventUrl => Url(Gevent);

    private static Uri? Url(ListenOptions? listener) =>
        listener?.EndPoint is IPEndPoint endpoint ? new Uri($"http://{new IPEndPoint(endpoint.Address, endpoint.Port)}/") : null;
}
