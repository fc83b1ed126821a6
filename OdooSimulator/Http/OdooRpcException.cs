namespace OdooAspire.OdooSimulator.Http;

/// <summary>
/// An error a JSON-RPC route answers with, shaped like Odoo's: <paramref name="name"/> is the Python
/// exception's qualified name (e.g. <c>odoo.exceptions.AccessDenied</c>).
/// </summary>
internal sealed class OdooRpcException(string name, string message, int code = 200) : Exception(message)
{
    public string Name { get; } = name;

    public int Code { get; } = code;

    public static OdooRpcException SessionExpired() =>
        new("odoo.http.SessionExpiredException", "Session expired", 100);

    public static OdooRpcException NotFound() =>
        new("werkzeug.exceptions.NotFound", "404 Not Found: The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.", 404);

    public static OdooRpcException MissingArgument(string function, string argument) =>
        new("builtins.TypeError", $"{function}() missing 1 required positional argument: '{argument}'");
}
