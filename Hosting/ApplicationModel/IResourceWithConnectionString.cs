namespace OdooAspire.Hosting.ApplicationModel;

/// <summary>A resource other resources connect to with a connection string.</summary>
public interface IResourceWithConnectionString
{
    /// <summary>The name under <c>ConnectionStrings__</c>.</summary>
    string ConnectionStringName { get; }

    /// <summary>Builds the connection string for a consumer.</summary>
    ValueTask<string> GetConnectionStringAsync(ValueResolutionContext context, CancellationToken cancellationToken);
}
