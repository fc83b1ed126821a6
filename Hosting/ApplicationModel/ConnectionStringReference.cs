namespace OdooAspire.Hosting.ApplicationModel;

/// <summary>The connection string of a resource, as a value (always treated as a secret).</summary>
public sealed record ConnectionStringReference(IResourceWithConnectionString Resource) : IValueProvider
{
    public bool IsSecret => true;

    public ValueTask<string> GetValueAsync(ValueResolutionContext context, CancellationToken cancellationToken) =>
        Resource.GetConnectionStringAsync(context, cancellationToken);
}
