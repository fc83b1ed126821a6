using System.Net.Security;

namespace OdooAspire.Odoo.Client;

/// <summary>Certificate policy: a valid certificate anywhere; a development certificate only on loopback.</summary>
internal static class LoopbackCertificates
{
    public static bool Accept(Uri server, SslPolicyErrors errors) => errors == SslPolicyErrors.None || server.IsLoopback;
}
