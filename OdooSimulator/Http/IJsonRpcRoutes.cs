namespace OdooAspire.OdooSimulator.Http;

/// <summary>A group of JSON-RPC routes (one Odoo controller's worth).</summary>
internal interface IJsonRpcRoutes
{
    IEnumerable<JsonRpcRoute> Routes { get; }
}
