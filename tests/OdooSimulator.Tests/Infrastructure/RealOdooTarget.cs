namespace OdooAspire.OdooSimulator.Tests.Infrastructure;

/// <summary>
/// A real Odoo (17.0, 18.0 or 19.0) to run the fidelity scenario against, in the wire of the version it reports, named by environment variables:
/// <c>ODOOASPIRE_REAL_ODOO_URL</c> (HTTP port), <c>ODOOASPIRE_REAL_ODOO_WEBSOCKET_URL</c> (gevent port;
/// defaults to the HTTP URL, as in threaded mode) and <c>ODOOASPIRE_REAL_ODOO_DB</c>. Credentials admin / admin.
/// </summary>
internal sealed record RealOdooTarget(Uri HttpUrl, Uri WebsocketUrl, string Database)
{
    public const string UrlVariable = "ODOOASPIRE_REAL_ODOO_URL";
    public const string WebsocketUrlVariable = "ODOOASPIRE_REAL_ODOO_WEBSOCKET_URL";
    public const string DatabaseVariable = "ODOOASPIRE_REAL_ODOO_DB";

    public static RealOdooTarget? FromEnvironment()
    {
        var url = Environment.GetEnvironmentVariable(UrlVariable);
        var database = Environment.GetEnvironmentVariable(DatabaseVariable);
        if (string.IsNullOrEmpty(url) || string.IsNullOrEmpty(database))
        {
            return null;
        }

        var websocket = Environment.GetEnvironmentVariable(WebsocketUrlVariable);
        return new RealOdooTarget(new Uri(url), new Uri(string.IsNullOrEmpty(websocket) ? url : websocket), database);
    }
}
