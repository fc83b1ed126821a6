using System.Diagnostics;
using System.Globalization;
using System.Net;
using OdooAspire.Gateway.WebSockets;

namespace OdooAspire.Gateway.Upstream;

/// <summary>
/// The upstream leg of websocket upgrades. SocketsHttpHandler keeps a 4 KB read and a 4 KB write buffer for
/// the whole life of an upgraded connection, which is most of what an idle Odoo chat costs the gateway; this
/// handler sends the HTTP/1.1 upgrade request over a connection of its own and, on 101, hands YARP that
/// connection, which holds no buffer while the socket is idle. Every other request goes to the pooled handler.
/// </summary>
internal sealed class UpgradeTunnelHandler(HttpMessageHandler pooled, UpstreamConnector connector) : DelegatingHandler(pooled)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!IsUpgrade(request))
        {
            return await base.SendAsync(request, cancellationToken);
        }

        var target = request.RequestUri!;
        using var activity = StartHandshakeSpan(request.Method, target);
        Stream? transport = null;
        try
        {
            transport = await connector.ConnectAsync(target, cancellationToken);
            PropagateTraceContext(request);
            await transport.WriteAsync(Http1RequestHead.Format(request), cancellationToken);

            using var reader = new Http1ResponseReader(transport);
            var head = await reader.ReadFinalHeadAsync(cancellationToken);
            activity?.SetTag("http.response.status_code", head.StatusCode);
            if (head.StatusCode >= 400)
            {
                activity?.SetStatus(ActivityStatusCode.Error);
                activity?.SetTag("error.type", head.StatusCode.ToString(CultureInfo.InvariantCulture));
            }

            HttpContent content;
            if (head.StatusCode == (int)HttpStatusCode.SwitchingProtocols)
            {
                content = new UpgradedConnectionContent(new UpgradedConnectionStream(transport, reader.DetachBuffered()));
            }
            else
            {
                // Odoo refused the upgrade (400, 426, 500...): its answer goes to the client as it is.
                content = new ByteArrayContent(await reader.ReadBodyAsync(head, cancellationToken));
                await transport.DisposeAsync();
            }

            return head.ToResponse(request, content);
        }
        catch (Exception ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            activity?.SetTag("error.type", ex.GetType().FullName);
            if (transport is not null)
            {
                await transport.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>An HTTP/1.1 upgrade without a body: what YARP sends for a websocket handshake.</summary>
    internal static bool IsUpgrade(HttpRequestMessage request) =>
        request.Method == HttpMethod.Get
        && request.Version.Major == 1
        && request.RequestUri is { IsAbsoluteUri: true }
        && request.Headers.Contains("Upgrade")
        && (request.Content is null || request.Content.Headers.ContentLength == 0);

    // The handshake's client span, shaped like HttpClient's, so the trace goes on from the gateway to Odoo's side.
    private static Activity? StartHandshakeSpan(HttpMethod method, Uri target)
    {
        var activity = WebSocketTelemetry.Source.StartActivity(method.Method, ActivityKind.Client);
        activity?.SetTag("http.request.method", method.Method);
        activity?.SetTag("url.full", target.AbsoluteUri);
        activity?.SetTag("server.address", target.Host);
        activity?.SetTag("server.port", target.Port);
        activity?.SetTag("network.protocol.version", "1.1");
        return activity;
    }

    // What SocketsHttpHandler's diagnostics would have done: Odoo's side of the trace continues the handshake's span.
    private static void PropagateTraceContext(HttpRequestMessage request)
    {
        if (Activity.Current is not { } activity)
        {
            return;
        }

        var propagator = DistributedContextPropagator.Current;
        foreach (var field in propagator.Fields)
        {
            request.Headers.Remove(field);
        }

        propagator.Inject(activity, request, static (carrier, name, value) =>
        {
            if (carrier is HttpRequestMessage message && value is not null)
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }
        });
    }
}
