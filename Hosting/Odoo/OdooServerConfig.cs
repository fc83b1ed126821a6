namespace OdooAspire.Hosting.Odoo;

/// <summary>The values of the generated odoo.conf.</summary>
internal sealed record OdooServerConfig(
    int HttpPort,
    int GeventPort,
    int Workers,
    string DbHost,
    int DbPort,
    string DbUser,
    string DbPassword,
    string Database,
    string AdminPassword,
    string DataDirectory)
{
    public string HttpInterface { get; init; } = "127.0.0.1";
}
