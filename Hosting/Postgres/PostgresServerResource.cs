using Npgsql;
using OdooAspire.Hosting.ApplicationModel;

namespace OdooAspire.Hosting.Postgres;

/// <summary>
/// A PostgreSQL server, run as a container or from the local server binaries (decided at start).
/// Consumers connect as the application role, never as the superuser.
/// </summary>
public sealed class PostgresServerResource(string name, ParameterResource superuserPassword, ParameterResource applicationPassword, PostgresOptions options)
    : Resource(name), IResourceWithConnectionString
{
    /// <summary>The endpoint name of the server.</summary>
    public const string EndpointName = "tcp";

    /// <summary>The superuser (used only by the host to create roles and databases).</summary>
    public const string SuperuserName = "postgres";

    public override string Kind => "PostgreSQL";

    public string ConnectionStringName => Name;

    /// <summary>The role applications log in with.</summary>
    public string ApplicationUser => Options.ApplicationUser;

    public ParameterResource ApplicationPassword { get; } = applicationPassword;

    public ParameterResource SuperuserPassword { get; } = superuserPassword;

    public PostgresOptions Options { get; } = options;

    /// <summary>The server's endpoint.</summary>
    public EndpointReference PrimaryEndpoint => new(this, EndpointName);

    /// <summary>Set by the runner: whether this run uses a container (consumers in containers then use its name).</summary>
    public bool RunsInContainer { get; internal set; }

    public ValueTask<string> GetConnectionStringAsync(ValueResolutionContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(BuildConnectionString(context, ApplicationUser, ApplicationPassword.Value, database: null));

    /// <summary>The connection string of the superuser, for the host's own provisioning.</summary>
    internal string SuperuserConnectionString(string database = "postgres") =>
        BuildConnectionString(ValueResolutionContext.Host, SuperuserName, SuperuserPassword.Value, database);

    internal (string Host, int Port) AddressFor(ValueResolutionContext context) =>
        context.ConsumerIsContainer && RunsInContainer
            ? (Name, 5432)
            : ("127.0.0.1", PrimaryEndpoint.Allocated.Port);

    internal string BuildConnectionString(ValueResolutionContext context, string user, string password, string? database)
    {
        var (host, port) = AddressFor(context);
        var builder = new NpgsqlConnectionStringBuilder { Host = host, Port = port, Username = user, Password = password };
        if (database is not null)
        {
            builder.Database = database;
        }

        return builder.ConnectionString;
    }
}
