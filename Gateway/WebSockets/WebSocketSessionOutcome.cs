using Yarp.ReverseProxy.Forwarder;

namespace OdooAspire.Gateway.WebSockets;

/// <summary>How a session ended, as the span, the log line, the metrics and the sessions page tell it.</summary>
/// <param name="EndReason">A bounded reason, the metrics' tag: <c>client_closed</c>, <c>odoo_closed</c>, <c>idle_timeout</c>, <c>protocol_error</c>, <c>client_disconnected</c>, <c>odoo_disconnected</c>, <c>aborted</c> or <c>connection_closed</c>.</param>
/// <param name="CloseCode">The code of the first close frame (the gateway's own for a protocol error), or null.</param>
/// <param name="CloseReason">The reason text of that close frame, or empty.</param>
/// <param name="ClosedBy">One of <see cref="WebSocketClosedBy"/>.</param>
internal sealed record WebSocketSessionOutcome(string EndReason, int? CloseCode, string CloseReason, string ClosedBy)
{
    public static WebSocketSessionOutcome Of(WebSocketSession session, ForwarderError error)
    {
        if (session.ProtocolViolation is { } violation)
        {
            var code = violation.Sender == WebSocketDirection.ClientToOdoo ? WebSocketCloseFrame.ProtocolError : WebSocketCloseFrame.BadGateway;
            return new("protocol_error", code, violation.Violation.ToString(), WebSocketClosedBy.Gateway);
        }

        if (error == ForwarderError.UpgradeActivityTimeout)
        {
            return new("idle_timeout", null, string.Empty, WebSocketClosedBy.IdleTimeout);
        }

        if (session.FirstClose is { } close)
        {
            return close.Sender == WebSocketDirection.ClientToOdoo
                ? new("client_closed", close.Code, close.Reason, WebSocketClosedBy.Client)
                : new("odoo_closed", close.Code, close.Reason, WebSocketClosedBy.Odoo);
        }

        return error switch
        {
            ForwarderError.UpgradeRequestClient or ForwarderError.UpgradeResponseClient => new("client_disconnected", null, string.Empty, WebSocketClosedBy.Client),
            ForwarderError.UpgradeRequestDestination or ForwarderError.UpgradeResponseDestination => new("odoo_disconnected", null, string.Empty, WebSocketClosedBy.Odoo),
            ForwarderError.UpgradeRequestCanceled or ForwarderError.UpgradeResponseCanceled => new("aborted", null, string.Empty, WebSocketClosedBy.Unknown),
            _ => new("connection_closed", null, string.Empty, WebSocketClosedBy.Unknown),
        };
    }
}
