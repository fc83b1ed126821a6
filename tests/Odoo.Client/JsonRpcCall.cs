namespace OdooAspire.Odoo.Client;

/// <summary>One JSON-RPC call as the connected server's version expects it: the route and its <c>params</c>.</summary>
/// <param name="Route">The route, e.g. <c>/im_livechat/init</c>.</param>
/// <param name="Parameters">The <c>params</c> object, serialized as JSON.</param>
public sealed record JsonRpcCall(string Route, object Parameters);
