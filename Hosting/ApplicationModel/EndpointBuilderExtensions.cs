namespace OdooAspire.Hosting.ApplicationModel;

/// <summary>Named endpoints of a resource.</summary>
public static class EndpointBuilderExtensions
{
    /// <summary>Adds an endpoint. <paramref name="port"/> fixes the host port (free port when null).</summary>
    public static IResourceBuilder<T> WithEndpoint<T>(this IResourceBuilder<T> builder, string name, string scheme = "tcp", int? port = null, int? targetPort = null) where T : Resource
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(scheme);
        if (port is < 1 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(port), port, $"Port of endpoint '{name}' must be between 1 and 65535.");
        }

        if (targetPort is < 1 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(targetPort), targetPort, $"Target port of endpoint '{name}' must be between 1 and 65535.");
        }

        if (builder.Resource.AnnotationsOf<EndpointAnnotation>().Any(e => e.Name == name))
        {
            throw new InvalidOperationException($"{builder.Resource} already has an endpoint named '{name}'.");
        }

        builder.Resource.Annotations.Add(new EndpointAnnotation(name, scheme, port, targetPort));
        return builder;
    }

    /// <summary>Adds an http endpoint (named "http" unless told otherwise).</summary>
    public static IResourceBuilder<T> WithHttpEndpoint<T>(this IResourceBuilder<T> builder, int? port = null, int? targetPort = null, string name = "http") where T : Resource =>
        builder.WithEndpoint(name, "http", port, targetPort);

    /// <summary>A reference to a named endpoint, usable as an environment value.</summary>
    public static EndpointReference GetEndpoint<T>(this IResourceBuilder<T> builder, string name) where T : Resource
    {
        ArgumentNullException.ThrowIfNull(builder);
        var reference = new EndpointReference(builder.Resource, name);
        _ = reference.Endpoint;
        return reference;
    }
}
