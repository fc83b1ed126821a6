namespace OdooAspire.AppHost.Tests.Doctor;

/// <summary>The labels of the report, as a user reads them.</summary>
internal static class CheckNames
{
    public const string Health = "odoo health";
    public const string Version = "odoo version";
    public const string Login = "admin login";
    public const string WebsocketRoute = "websocket route";
    public const string Handshake = "websocket handshake";
    public const string BusVersion = "bus version";
    public const string HostAndScheme = "host and scheme";
    public const string IdleTimeout = "idle timeout";
}
