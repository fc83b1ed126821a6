namespace OdooAspire.AppHost.Doctor.Checks;

/// <summary>The scheme, host and port Odoo reveals it saw, and where the doctor read it.</summary>
internal sealed record SeenOrigin(Uri Origin, string Source)
{
    public static SeenOrigin? TryCreate(string? url, string source) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? new SeenOrigin(new Uri(uri.GetLeftPart(UriPartial.Authority)), source)
            : null;

    public bool SameHost(Uri target) =>
        string.Equals(Origin.IdnHost, target.IdnHost, StringComparison.OrdinalIgnoreCase) && Origin.Port == target.Port;

    public bool SameScheme(Uri target) => Origin.Scheme == target.Scheme;

    public string Text => Origin.GetLeftPart(UriPartial.Authority);
}
