using OdooAspire.Gateway.WebSockets;

namespace OdooAspire.Gateway.Sessions;

/// <summary>One row of the sessions page and one element of <c>open</c>/<c>ended</c> in <c>/sessions.json</c>.</summary>
/// <param name="Id">Numbers sessions from 1 in the order they opened, so a script can follow one from open to ended.</param>
/// <param name="State"><c>open</c> or <c>ended</c>.</param>
/// <param name="Client">The client's IP address.</param>
/// <param name="ClientPort">The client's TCP port.</param>
/// <param name="Path">The upgrade request's path with its query, as the client sent it.</param>
/// <param name="Cluster">Which of Odoo's endpoints: the gateway's cluster id (<c>odoo-gevent</c>, <c>odoo-http</c> for threaded Odoo).</param>
/// <param name="Upstream">The Odoo address the session was forwarded to.</param>
/// <param name="StartedAt">When the connection was upgraded.</param>
/// <param name="DurationSeconds">How long it lasted, or has lasted so far.</param>
/// <param name="MessagesClientToOdoo">Data messages the client sent (control frames are not messages).</param>
/// <param name="MessagesOdooToClient">Data messages Odoo sent.</param>
/// <param name="BytesClientToOdoo">Bytes on the wire, frame headers included, client to Odoo.</param>
/// <param name="BytesOdooToClient">Bytes on the wire, Odoo to client.</param>
/// <param name="CloseCode">The first close frame's code; null while open or when none was sent.</param>
/// <param name="CloseReason">The first close frame's reason text; null while open.</param>
/// <param name="ClosedBy"><c>client</c>, <c>odoo</c>, <c>idle_timeout</c>, <c>gateway</c> or <c>unknown</c>; null while open.</param>
/// <param name="EndReason">The bounded end reason of the session metrics; null while open.</param>
internal sealed record WebSocketSessionSummary(
    long Id,
    string State,
    string? Client,
    int ClientPort,
    string Path,
    string? Cluster,
    string? Upstream,
    DateTimeOffset StartedAt,
    double DurationSeconds,
    long MessagesClientToOdoo,
    long MessagesOdooToClient,
    long BytesClientToOdoo,
    long BytesOdooToClient,
    int? CloseCode,
    string? CloseReason,
    string? ClosedBy,
    string? EndReason)
{
    public const string OpenState = "open";
    public const string EndedState = "ended";

    /// <summary>Messages went one way only: the symptom of a chat that subscribes and never hears back, or the reverse.</summary>
    public bool OneWay => (MessagesClientToOdoo == 0) != (MessagesOdooToClient == 0);

    public static WebSocketSessionSummary Open(long id, WebSocketSession session) =>
        Create(id, OpenState, session, outcome: null);

    public static WebSocketSessionSummary Ended(long id, WebSocketSession session, WebSocketSessionOutcome outcome) =>
        Create(id, EndedState, session, outcome);

    private static WebSocketSessionSummary Create(long id, string state, WebSocketSession session, WebSocketSessionOutcome? outcome)
    {
        var origin = session.Origin;
        return new WebSocketSessionSummary(
            id,
            state,
            origin.ClientAddress,
            origin.ClientPort,
            origin.PathAndQuery,
            origin.Cluster,
            origin.Upstream,
            session.StartTime,
            Math.Round(session.Elapsed.TotalSeconds, 3),
            session.ClientToOdoo.Messages,
            session.OdooToClient.Messages,
            session.ClientToOdoo.Bytes,
            session.OdooToClient.Bytes,
            outcome?.CloseCode,
            outcome?.CloseReason,
            outcome?.ClosedBy,
            outcome?.EndReason);
    }
}
