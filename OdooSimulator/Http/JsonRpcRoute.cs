using System.Text.Json.Nodes;

namespace OdooAspire.OdooSimulator.Http;

/// <summary>A JSON-RPC route (Odoo <c>type='json'</c>): its path, whether it needs a logged-in user, its handler.</summary>
internal sealed record JsonRpcRoute(string Path, bool RequiresUser, Func<JsonRpcContext, Task<JsonNode?>> Handler);
