using System.Diagnostics;
using OdooAspire.Gateway.Headers;
using Yarp.ReverseProxy.Forwarder;

namespace OdooAspire.Gateway.WebSockets;

/// <summary>Writes the record of an ended session: a span, a structured log line and the session metrics.</summary>
internal sealed partial class WebSocketSessionRecorder(WebSocketTelemetry telemetry, ILogger<WebSocketSessionRecorder> logger)
{
    public void Record(HttpContext context, WebSocketSession session)
    {
        var elapsed = session.Elapsed;
        var error = context.Features.Get<IForwarderErrorFeature>()?.Error ?? ForwarderError.None;
        var endReason = EndReason(session, error);
        var (closeCode, closeReason, initiator) = CloseDetails(session);
        var client = RealIpTransform.ClientAddress(context.Connection.RemoteIpAddress);

        using (var activity = WebSocketTelemetry.Source.StartActivity(
            WebSocketTelemetry.SessionActivityName, ActivityKind.Internal, Activity.Current?.Context ?? default, startTime: session.StartTime))
        {
            if (activity is not null)
            {
                activity.SetTag(WebSocketTelemetryTags.ClientAddress, client);
                activity.SetTag(WebSocketTelemetryTags.ClientPort, context.Connection.RemotePort);
                activity.SetTag(WebSocketTelemetryTags.Path, context.Request.Path.Value);
                activity.SetTag(WebSocketTelemetryTags.MessagesClientToOdoo, session.ClientToOdoo.Messages);
                activity.SetTag(WebSocketTelemetryTags.MessagesOdooToClient, session.OdooToClient.Messages);
                activity.SetTag(WebSocketTelemetryTags.BytesClientToOdoo, session.ClientToOdoo.Bytes);
                activity.SetTag(WebSocketTelemetryTags.BytesOdooToClient, session.OdooToClient.Bytes);
                activity.SetTag(WebSocketTelemetryTags.CloseCode, closeCode);
                activity.SetTag(WebSocketTelemetryTags.CloseReason, closeReason);
                activity.SetTag(WebSocketTelemetryTags.CloseInitiator, initiator);
                activity.SetTag(WebSocketTelemetryTags.EndReason, endReason);
                activity.SetTag(WebSocketTelemetryTags.DurationSeconds, elapsed.TotalSeconds);
                if (session.ProtocolViolation is not null)
                {
                    activity.SetStatus(ActivityStatusCode.Error, closeReason);
                }
            }
        }

        var reasonTag = new KeyValuePair<string, object?>(WebSocketTelemetryTags.EndReason, endReason);
        telemetry.Duration.Record(elapsed.TotalSeconds, reasonTag);
        telemetry.Sessions.Add(1, reasonTag);
        LogSessionEnded(logger, context.Request.Path.Value, client, context.Connection.RemotePort, elapsed.TotalSeconds, endReason, closeCode, closeReason, initiator,
            session.ClientToOdoo.Messages, session.OdooToClient.Messages, session.ClientToOdoo.Bytes, session.OdooToClient.Bytes);
    }

    private static string EndReason(WebSocketSession session, ForwarderError error)
    {
        if (session.ProtocolViolation is not null)
        {
            return "protocol_error";
        }

        if (error == ForwarderError.UpgradeActivityTimeout)
        {
            return "idle_timeout";
        }

        if (session.FirstClose is { } close)
        {
            return close.Sender == WebSocketDirection.ClientToOdoo ? "client_closed" : "odoo_closed";
        }

        return error switch
        {
            ForwarderError.UpgradeRequestClient or ForwarderError.UpgradeResponseClient => "client_disconnected",
            ForwarderError.UpgradeRequestDestination or ForwarderError.UpgradeResponseDestination => "odoo_disconnected",
            ForwarderError.UpgradeRequestCanceled or ForwarderError.UpgradeResponseCanceled => "aborted",
            _ => "connection_closed",
        };
    }

    private static (int? Code, string Reason, string Initiator) CloseDetails(WebSocketSession session)
    {
        if (session.ProtocolViolation is { } violation)
        {
            var fromClient = violation.Sender == WebSocketDirection.ClientToOdoo;
            return (fromClient ? WebSocketCloseFrame.ProtocolError : WebSocketCloseFrame.BadGateway, violation.Violation.ToString(), "gateway");
        }

        return session.FirstClose is { } close
            ? (close.Code, close.Reason, close.Sender == WebSocketDirection.ClientToOdoo ? "client" : "odoo")
            : (null, string.Empty, "none");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "WebSocket session {Path} from {ClientAddress}:{ClientPort} ended after {DurationSeconds:F3} s: {EndReason} (close {CloseCode} '{CloseReason}' by {CloseInitiator}); messages client→Odoo {MessagesClientToOdoo}, Odoo→client {MessagesOdooToClient}; bytes client→Odoo {BytesClientToOdoo}, Odoo→client {BytesOdooToClient}")]
    private static partial void LogSessionEnded(ILogger logger, string? path, string? clientAddress, int clientPort, double durationSeconds, string endReason, int? closeCode, string closeReason, string closeInitiator,
        long messagesClientToOdoo, long messagesOdooToClient, long bytesClientToOdoo, long bytesOdooToClient);
}
