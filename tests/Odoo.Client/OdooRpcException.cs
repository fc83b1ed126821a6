using System.Text.Json;

namespace OdooAspire.Odoo.Client;

/// <summary>A JSON-RPC call that Odoo answered with an <c>error</c> object.</summary>
public sealed class OdooRpcException(string route, int code, string message, JsonElement error)
    : Exception($"{route}: Odoo error {code}: {message}")
{
    /// <summary>The route that was called.</summary>
    public string Route { get; } = route;

    /// <summary>The JSON-RPC error code (200 server error, 100 session expired, 404 not found).</summary>
    public int Code { get; } = code;

    /// <summary>The whole <c>error</c> object as Odoo sent it.</summary>
    public JsonElement Error { get; } = error;
}
