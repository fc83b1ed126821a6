using System.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using OdooAspire.Gateway.Sessions;
using Yarp.ReverseProxy.Forwarder;

namespace OdooAspire.Gateway.WebSockets;

/// <summary>
/// Writes the record of an ended session: the sessions page's ended list first (so whoever saw the span or the
/// log line finds the session on the page), then a span, a structured log line and the session metrics.
/// </summary>
internal sealed partial class WebSocketSessionRecorder(WebSocketTelemetry telemetry, WebSocketSessionBoard board, ILogger<WebSocketSessionRecorder> logger)
{
    /// <remarks>
    /// The span is written when the session ends, with the upgrade's start time, so an idle session holds no
    /// span while it waits. It is a child of the upgrade request's span (ASP.NET Core's), a sibling of YARP's
    /// <c>proxy.forwarder</c> span, which is the current one here.
    /// </remarks>
    public void Record(HttpContext context, WebSocketSession session)
    {
        var elapsed = session.Elapsed;
        var error = context.Features.Get<IForwarderErrorFeature>()?.Error ?? ForwarderError.None;
        var outcome = WebSocketSessionOutcome.Of(session, error);
        var origin = session.Origin;
        board.Ended(session, outcome);

        var parent = context.Features.Get<IHttpActivityFeature>()?.Activity ?? Activity.Current;
        using (var activity = WebSocketTelemetry.Source.StartActivity(
            WebSocketTelemetry.SessionActivityName, ActivityKind.Internal, parent?.Context ?? default, startTime: session.StartTime))
        {
            if (activity is not null)
            {
                activity.SetTag(WebSocketTelemetryTags.ClientAddress, origin.ClientAddress);
                activity.SetTag(WebSocketTelemetryTags.ClientPort, origin.ClientPort);
                activity.SetTag(WebSocketTelemetryTags.Path, origin.Path);
                activity.SetTag(WebSocketTelemetryTags.Query, origin.Query.Length > 1 ? origin.Query[1..] : null);
                activity.SetTag(WebSocketTelemetryTags.Upstream, origin.Upstream);
                activity.SetTag(WebSocketTelemetryTags.MessagesClientToOdoo, session.ClientToOdoo.Messages);
                activity.SetTag(WebSocketTelemetryTags.MessagesOdooToClient, session.OdooToClient.Messages);
                activity.SetTag(WebSocketTelemetryTags.BytesClientToOdoo, session.ClientToOdoo.Bytes);
                activity.SetTag(WebSocketTelemetryTags.BytesOdooToClient, session.OdooToClient.Bytes);
                activity.SetTag(WebSocketTelemetryTags.CloseCode, outcome.CloseCode);
                activity.SetTag(WebSocketTelemetryTags.CloseReason, outcome.CloseReason);
                activity.SetTag(WebSocketTelemetryTags.ClosedBy, outcome.ClosedBy);
                activity.SetTag(WebSocketTelemetryTags.EndReason, outcome.EndReason);
                activity.SetTag(WebSocketTelemetryTags.DurationSeconds, elapsed.TotalSeconds);
                if (session.ProtocolViolation is not null)
                {
                    activity.SetStatus(ActivityStatusCode.Error, outcome.CloseReason);
                }
            }
        }

        var reasonTag = new KeyValuePair<string, object?>(WebSocketTelemetryTags.EndReason, outcome.EndReason);
        telemetry.Duration.Record(elapsed.TotalSeconds, reasonTag);
        telemetry.Sessions.Add(1, reasonTag);
        LogSessionEnded(logger, origin.Path, origin.ClientAddress, origin.ClientPort, elapsed.TotalSeconds, outcome.EndReason, outcome.CloseCode, outcome.CloseReason, outcome.ClosedBy,
            session.ClientToOdoo.Messages, session.OdooToClient.Messages, session.ClientToOdoo.Bytes, session.OdooToClient.Bytes);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "WebSocket session {Path} from {ClientAddress}:{ClientPort} ended after {DurationSeconds:F3} s: {EndReason} (close {CloseCode} '{CloseReason}' by {ClosedBy}); messages client→Odoo {MessagesClientToOdoo}, Odoo→client {MessagesOdooToClient}; bytes client→Odoo {BytesClientToOdoo}, Odoo→client {BytesOdooToClient}")]
    private static partial void LogSessionEnded(ILogger logger, string path, string? clientAddress, int clientPort, double durationSeconds, string endReason, int? closeCode, string closeReason, string closedBy,
        long messagesClientToOdoo, long messagesOdooToClient, long bytesClientToOdoo, long bytesOdooToClient);
}
