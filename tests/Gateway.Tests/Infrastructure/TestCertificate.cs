using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace OdooAspire.Gateway.Tests.Infrastructure;

/// <summary>A self-signed certificate for 127.0.0.1/localhost, written as PEM files the gateway loads; clients trust exactly this one.</summary>
internal static class TestCertificate
{
    private static readonly Lazy<(X509Certificate2 Certificate, string CertificatePath, string KeyPath)> Created = new(Create);

    public static string CertificatePath => Created.Value.CertificatePath;

    public static string KeyPath => Created.Value.KeyPath;

    public static bool Validate(X509Certificate? certificate, SslPolicyErrors errors) =>
        errors == SslPolicyErrors.None
        || (certificate is not null && Created.IsValueCreated && certificate.GetCertHashString() == Created.Value.Certificate.Thumbprint);

    private static (X509Certificate2, string, string) Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=odooaspire-gateway-tests", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        names.AddDnsName("localhost");
        names.AddDnsName("odoo.example.com");
        request.CertificateExtensions.Add(names.Build());
        var now = DateTimeOffset.UtcNow;
        var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(7));
        var folder = Directory.CreateTempSubdirectory("odooaspire-gateway-tests-");
        var certificatePath = Path.Combine(folder.FullName, "gateway.pem");
        var keyPath = Path.Combine(folder.FullName, "gateway.key");
        File.WriteAllText(certificatePath, certificate.ExportCertificatePem());
        File.WriteAllText(keyPath, key.ExportPkcs8PrivateKeyPem());
        return (certificate, certificatePath, keyPath);
    }
}
