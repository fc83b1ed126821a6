namespace OdooAspire.Hosting.ApplicationModel;

/// <summary>A reference to a named endpoint of a resource; its value is the endpoint's URL.</summary>
public sealed class EndpointReference(Resource resource, string endpointName) : IValueProvider
{
    public Resource Resource { get; } = resource;

    public string EndpointName { get; } = endpointName;

    public bool IsSecret => false;

    /// <summary>The endpoint annotation; throws a clear error when the resource has no such endpoint.</summary>
    public EndpointAnnotation Endpoint =>
        Resource.AnnotationsOf<EndpointAnnotation>().FirstOrDefault(e => e.Name == EndpointName)
        ?? throw new InvalidOperationException($"{Resource} has no endpoint named '{EndpointName}'.");

    /// <summary>The allocated address; throws before the application starts.</summary>
    public AllocatedEndpoint Allocated =>
        Endpoint.Allocated ?? throw new InvalidOperationException(
            $"Endpoint '{EndpointName}' of {Resource} has no address yet: the application has not started.");

    public ValueTask<string> GetValueAsync(ValueResolutionContext context, CancellationToken cancellationToken)
    {
        var allocated = Allocated;
        var url = context.ConsumerIsContainer && Resource is ContainerResource
            ? $"{allocated.Scheme}://{Resource.Name}:{allocated.TargetPort}"
            : allocated.UrlString;
        return ValueTask.FromResult(url);
    }
}
