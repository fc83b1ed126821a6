namespace OdooAspire.Hosting.Postgres;

/// <summary>The image of container mode, split the way Aspire wants it: registry (or none), image, tag.</summary>
internal sealed record PostgresContainerImage(string? Registry, string Image, string Tag)
{
    /// <summary>
    /// The image named by the options. An image that starts with a registry host (<c>localhost/…</c>,
    /// <c>quay.io/…</c>) keeps it and gets no other registry: Aspire would otherwise prefix docker.io.
    /// </summary>
    public static PostgresContainerImage From(PostgresOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var registry = NamesRegistry(options.Image) || string.IsNullOrWhiteSpace(options.Registry) ? null : options.Registry.Trim().TrimEnd('/');
        return new PostgresContainerImage(registry, options.Image, options.Tag);
    }

    /// <summary>The full reference an engine knows the image by (<c>image inspect</c>).</summary>
    public string Reference => Registry is null ? $"{Image}:{Tag}" : $"{Registry}/{Image}:{Tag}";

    public override string ToString() => Reference;

    private static bool NamesRegistry(string image)
    {
        var slash = image.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return false;
        }

        var first = image[..slash];
        return first == "localhost" || first.Contains('.', StringComparison.Ordinal) || first.Contains(':', StringComparison.Ordinal);
    }
}
