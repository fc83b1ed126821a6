namespace OdooAspire.AppHost.Doctor;

/// <summary>What <c>/web/session/authenticate</c> answered: who logged in and what Odoo recorded as its base URL.</summary>
internal sealed record OdooSession(int Uid, bool IsSystem, string? WebBaseUrl, string? WebsocketWorkerVersion);
