using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using OdooAspire.Gateway.Options;

namespace OdooAspire.Gateway.Hosting;

/// <summary>Applies the client limits and the TLS certificate from <see cref="GatewayOptions"/> to Kestrel.</summary>
internal sealed class KestrelOptionsSetup(IOptions<GatewayOptions> options) : IConfigureOptions<KestrelServerOptions>
{
    public void Configure(KestrelServerOptions kestrel)
    {
        var gateway = options.Value;
        kestrel.AddServerHeader = false;
        kestrel.Limits.MaxRequestHeadersTotalSize = gateway.Limits.MaxRequestHeadersTotalSize;
        kestrel.Limits.MaxRequestHeaderCount = gateway.Limits.MaxRequestHeaderCount;
        kestrel.Limits.RequestHeadersTimeout = gateway.Limits.RequestHeadersTimeout;
        // Odoo accepts uploads as large as its own limit; the gateway does not impose a smaller one.
        kestrel.Limits.MaxRequestBodySize = null;

        if (!string.IsNullOrWhiteSpace(gateway.Tls.CertificatePath))
        {
            var certificate = LoadCertificate(gateway.Tls);
            kestrel.ConfigureHttpsDefaults(https => https.ServerCertificate = certificate);
        }
    }

    internal static X509Certificate2 LoadCertificate(GatewayTlsOptions tls)
    {
        var path = tls.CertificatePath!;
        try
        {
            var isPem = path.EndsWith(".pem", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".crt", StringComparison.OrdinalIgnoreCase)
                || !string.IsNullOrWhiteSpace(tls.KeyPath);
            if (!isPem)
            {
                return X509CertificateLoader.LoadPkcs12FromFile(path, tls.Password);
            }

            using var pem = string.IsNullOrEmpty(tls.Password)
                ? X509Certificate2.CreateFromPemFile(path, tls.KeyPath)
                : X509Certificate2.CreateFromEncryptedPemFile(path, tls.Password, tls.KeyPath);
            // Re-import so the private key is usable by SslStream on every platform.
            return X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null);
        }
        catch (Exception ex) when (ex is System.Security.Cryptography.CryptographicException or IOException or ArgumentException)
        {
            throw new GatewayConfigurationException(
                $"Could not load the TLS certificate from Gateway:Tls:CertificatePath '{path}'" +
                (string.IsNullOrWhiteSpace(tls.KeyPath) ? string.Empty : $" with key '{tls.KeyPath}'") +
                $": {ex.Message} Use a PEM certificate with Gateway:Tls:KeyPath, or a PFX file with Gateway:Tls:Password.", ex);
        }
    }
}
