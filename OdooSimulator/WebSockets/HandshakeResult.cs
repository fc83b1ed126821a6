namespace OdooAspire.OdooSimulator.WebSockets;

/// <summary>Either the Sec-WebSocket-Accept value to answer with, or the HTTP error Odoo gives.</summary>
internal sealed record HandshakeResult(string? AcceptKey, int StatusCode, string Description)
{
    public bool IsValid => AcceptKey is not null;

    public static HandshakeResult Accept(string acceptKey) => new(acceptKey, 101, string.Empty);

    public static HandshakeResult Reject(int statusCode, string description) => new(null, statusCode, description);
}
