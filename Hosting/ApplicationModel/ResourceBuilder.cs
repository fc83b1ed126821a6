namespace OdooAspire.Hosting.ApplicationModel;

internal sealed class ResourceBuilder<T>(T resource, IDevHostBuilder applicationBuilder) : IResourceBuilder<T>
    where T : Resource
{
    public T Resource { get; } = resource;

    public IDevHostBuilder ApplicationBuilder { get; } = applicationBuilder;
}
