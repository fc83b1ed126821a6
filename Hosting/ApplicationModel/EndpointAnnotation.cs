namespace OdooAspire.Hosting.ApplicationModel;

/// <summary>
/// A named network endpoint. <see cref="TargetPort"/> is where the process listens (inside the container
/// for containers); <see cref="Port"/> is the fixed host port, or null for a free port chosen at start.
/// </summary>
public sealed class EndpointAnnotation(string name, string scheme, int? port, int? targetPort) : IResourceAnnotation
{
    public string Name { get; } = name;

    public string Scheme { get; } = scheme;

    public int? Port { get; } = port;

    public int? TargetPort { get; } = targetPort;

    /// <summary>The address assigned at start; null before the application starts.</summary>
    public AllocatedEndpoint? Allocated { get; internal set; }
}
