using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using OdooAspire.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace OdooAspire.IntegrationTests.Proxy;

/// <summary>
/// The gateway terminating TLS (a throwaway certificate for 127.0.0.1), and Odoo comparing every websocket's
/// Origin with the Host and scheme it sees (<c>ODOO_BUS_PUBLIC_SAMESITE_WS</c>), so forwarded headers that are
/// wrong or missing downgrade the socket and break delivery.
/// </summary>
public sealed class HttpsGatewayFixture : GraphFixture, IDisposable
{
    private readonly DirectoryInfo _certificates = Directory.CreateTempSubdirectory("odooaspire-it-tls-");

    public HttpsGatewayFixture(IMessageSink diagnostics)
        : base(diagnostics)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        File.WriteAllText(CertificatePath, certificate.ExportCertificatePem());
        File.WriteAllText(KeyPath, key.ExportPkcs8PrivateKeyPem());
    }

    private string CertificatePath => Path.Combine(_certificates.FullName, "gateway.crt");

    private string KeyPath => Path.Combine(_certificates.FullName, "gateway.key");

    protected override string GatewayEndpoint => "https";

    protected override IEnumerable<string> Arguments =>
    [
        "--Gateway:Https", "true",
        "--Gateway:Tls:CertificatePath", CertificatePath,
        "--Gateway:Tls:KeyPath", KeyPath,
        "--Odoo:Environment:ODOO_BUS_PUBLIC_SAMESITE_WS", "1",
    ];

    public void Dispose() => _certificates.Delete(recursive: true);
}
