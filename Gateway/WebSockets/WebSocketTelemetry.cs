using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace OdooAspire.Gateway.WebSockets;

/// <summary>
/// The span, metrics and names every websocket session is recorded with. The dashboard reads the span
/// <see cref="SessionActivityName"/> from <see cref="ActivitySourceName"/> and the tags in <see cref="WebSocketTelemetryTags"/>.
/// </summary>
internal sealed class WebSocketTelemetry : IDisposable
{
    public const string ActivitySourceName = "OdooAspire.Gateway.WebSockets";
    public const string MeterName = "OdooAspire.Gateway.WebSockets";
    public const string SessionActivityName = "websocket.session";

    public static readonly ActivitySource Source = new(ActivitySourceName);

    private readonly Meter _meter;

    public WebSocketTelemetry(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(MeterName);
        ActiveSessions = _meter.CreateUpDownCounter<long>("odooaspire.gateway.websocket.active_sessions", "{session}", "Websocket sessions open through the gateway.");
        Messages = _meter.CreateCounter<long>("odooaspire.gateway.websocket.messages", "{message}", "Websocket data messages, by direction.");
        Bytes = _meter.CreateCounter<long>("odooaspire.gateway.websocket.bytes", "By", "Bytes carried on upgraded connections, by direction.");
        Duration = _meter.CreateHistogram<double>("odooaspire.gateway.websocket.session.duration", "s", "How long websocket sessions lasted.");
        Sessions = _meter.CreateCounter<long>("odooaspire.gateway.websocket.sessions", "{session}", "Ended websocket sessions, by close reason.");
    }

    public UpDownCounter<long> ActiveSessions { get; }

    public Counter<long> Messages { get; }

    public Counter<long> Bytes { get; }

    public Histogram<double> Duration { get; }

    public Counter<long> Sessions { get; }

    public static KeyValuePair<string, object?> DirectionTag(WebSocketDirection direction) =>
        new(WebSocketTelemetryTags.Direction, direction == WebSocketDirection.ClientToOdoo ? "client_to_odoo" : "odoo_to_client");

    public void Dispose() => _meter.Dispose();
}
