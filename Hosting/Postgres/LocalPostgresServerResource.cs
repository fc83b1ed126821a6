namespace OdooAspire.Hosting.Postgres;

/// <summary>
/// PostgreSQL run from the local server binaries by Aspire's orchestrator, as an executable. It honours the
/// connection-string contract of Aspire's <see cref="PostgresServerResource"/>
/// (<c>Host=…;Port=…;Username=postgres;Password=…</c>), so consumers do not care which of the two they get.
/// </summary>
public sealed class LocalPostgresServerResource : ExecutableResource, IResourceWithConnectionString
{
    internal const string PrimaryEndpointName = "tcp";
    private const string SuperuserName = "postgres";

    internal LocalPostgresServerResource(
        string name, ParameterResource password, PostgresBinaries binaries, PostgresDataDirectory folders, string? runAsUser)
        : base(name, LocalPostgresCommandLine.Command(runAsUser), folders.Root)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(binaries);
        ArgumentNullException.ThrowIfNull(folders);
        PasswordParameter = password;
        Binaries = binaries;
        Folders = folders;
        RunAsUser = runAsUser;
        PrimaryEndpoint = new EndpointReference(this, PrimaryEndpointName);
    }

    /// <summary>The server's TCP endpoint (loopback, not proxied).</summary>
    public EndpointReference PrimaryEndpoint { get; }

    /// <summary>The superuser's password.</summary>
    public ParameterResource PasswordParameter { get; }

    /// <summary>The superuser (always postgres, as in Aspire's container).</summary>
    public string UserName { get; } = SuperuserName;

    /// <summary>The cluster's folder (<c>DataPath/postgres/name/data</c>).</summary>
    public string DataDirectory => Folders.Data;

    /// <summary>The folder of the server's Unix sockets (<c>DataPath/postgres/name/run</c>).</summary>
    public string SocketDirectory => Folders.Sockets;

    /// <summary>The folder of the server programs (and of pg_dump/pg_restore of the same release).</summary>
    public string BinDirectory => Binaries.BinDirectory;

    /// <summary>The server's host, as clients on this machine reach it.</summary>
    public EndpointReferenceExpression Host => PrimaryEndpoint.Property(EndpointProperty.Host);

    /// <summary>The server's port.</summary>
    public EndpointReferenceExpression Port => PrimaryEndpoint.Property(EndpointProperty.Port);

    /// <summary><c>Host=…;Port=…;Username=postgres;Password=…</c>, as Aspire's PostgreSQL server gives it.</summary>
    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"Host={Host};Port={Port};Username={SuperuserName};Password={PasswordParameter}");

    /// <summary><c>postgresql://postgres:password@host:port</c>.</summary>
    public ReferenceExpression UriExpression =>
        ReferenceExpression.Create($"postgresql://{SuperuserName}:{PasswordParameter:uri}@{Host}:{Port}");

    /// <summary>The programs, located when the model was built.</summary>
    internal PostgresBinaries Binaries { get; }

    internal PostgresDataDirectory Folders { get; }

    /// <summary>The OS account initdb and the server run as (the AppHost runs as root), or null for the AppHost's own.</summary>
    internal string? RunAsUser { get; }

    IEnumerable<KeyValuePair<string, ReferenceExpression>> IResourceWithConnectionString.GetConnectionProperties() =>
    [
        new("Host", ReferenceExpression.Create($"{Host}")),
        new("Port", ReferenceExpression.Create($"{Port}")),
        new("Username", ReferenceExpression.Create($"{SuperuserName}")),
        new("Password", ReferenceExpression.Create($"{PasswordParameter}")),
        new("Uri", UriExpression),
    ];
}
