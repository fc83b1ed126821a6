namespace OdooAspire.Gateway.Sessions;

/// <summary>
/// What the sessions page shows, and the document <c>GET /sessions.json</c> returns (camelCase names):
/// <code>
/// {
///   "generatedAt": "2025-06-01T10:00:02.5+00:00",
///   "capacity": 200,                 // ended sessions kept (Gateway:Sessions:Capacity)
///   "endedTotal": 1234,              // sessions ended since the gateway started
///   "open": [ session, ... ],        // every open session, newest first
///   "ended": [ session, ... ]        // the last `capacity` ended sessions, newest first
/// }
/// session = {
///   "id": 7, "state": "open" | "ended",
///   "client": "127.0.0.1", "clientPort": 50412,
///   "path": "/websocket?version=18.0-5",
///   "cluster": "odoo-gevent", "upstream": "http://127.0.0.1:8072",
///   "startedAt": "2025-06-01T09:58:40.1+00:00", "durationSeconds": 82.4,
///   "messagesClientToOdoo": 3, "messagesOdooToClient": 12,
///   "bytesClientToOdoo": 410, "bytesOdooToClient": 5120,
///   "oneWay": false,
///   "closeCode": 1000, "closeReason": "bye",           // null while open; closeCode null without a close frame
///   "closedBy": "client" | "odoo" | "idle_timeout" | "gateway" | "unknown",   // null while open
///   "endReason": "client_closed" | "odoo_closed" | "idle_timeout" | "protocol_error"
///              | "client_disconnected" | "odoo_disconnected" | "aborted" | "connection_closed"   // null while open
/// }
/// </code>
/// </summary>
internal sealed record WebSocketSessionsSnapshot(
    DateTimeOffset GeneratedAt,
    int Capacity,
    long EndedTotal,
    IReadOnlyList<WebSocketSessionSummary> Open,
    IReadOnlyList<WebSocketSessionSummary> Ended);
