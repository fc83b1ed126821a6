namespace OdooAspire.Gateway.Errors;

/// <summary>Why a request could not be answered by Odoo: the status the client gets and a short reason for logs and traces.</summary>
internal sealed record GatewayFailure(int StatusCode, string Reason);
