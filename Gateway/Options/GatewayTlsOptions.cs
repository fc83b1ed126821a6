namespace OdooAspire.Gateway.Options;

/// <summary>
/// The certificate HTTPS endpoints use. Without a path, Kestrel uses the .NET development certificate.
/// </summary>
internal sealed class GatewayTlsOptions
{
    /// <summary>A PEM certificate (with <see cref="KeyPath"/>) or a PFX/PKCS#12 file.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The PEM private key; leave empty for a PFX file or a PEM file that also holds the key.</summary>
    public string? KeyPath { get; set; }

    /// <summary>The PFX password or the encrypted PEM key's password.</summary>
    public string? Password { get; set; }
}
