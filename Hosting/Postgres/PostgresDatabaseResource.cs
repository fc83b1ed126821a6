using OdooAspire.Hosting.ApplicationModel;

namespace OdooAspire.Hosting.Postgres;

/// <summary>A database on a <see cref="PostgresServerResource"/>, created on first start, owned by the application role.</summary>
public sealed class PostgresDatabaseResource(string name, string databaseName, PostgresServerResource parent)
    : Resource(name), IResourceWithConnectionString
{
    public override string Kind => "Database";

    public string DatabaseName { get; } = databaseName;

    public PostgresServerResource Parent { get; } = parent;

    public string ConnectionStringName => Name;

    public ValueTask<string> GetConnectionStringAsync(ValueResolutionContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Parent.BuildConnectionString(context, Parent.ApplicationUser, Parent.ApplicationPassword.Value, DatabaseName));
}
