using Npgsql;

namespace OdooAspire.Hosting.Postgres;

/// <summary>
/// Whole-database operations the host performs as the superuser: the application role, exists, clone from a
/// template, rename, drop, and the database comment it uses as a completion marker. Works on any server that
/// honours Aspire's PostgreSQL connection-string contract (a container or the local binaries).
/// </summary>
internal sealed class PostgresDatabaseAdmin(string superuserConnectionString, string applicationUser)
{
    private readonly NpgsqlConnectionStringBuilder _superuser = new(superuserConnectionString) { Pooling = false };

    /// <summary>The role Odoo logs in with (never postgres: Odoo refuses it).</summary>
    public string ApplicationUser { get; } = applicationUser;

    /// <summary>Where the server listens, as the host reaches it.</summary>
    public (string Host, int Port) Address => (_superuser.Host ?? "127.0.0.1", _superuser.Port);

    public string SuperuserName => _superuser.Username ?? "postgres";

    public string SuperuserPassword => _superuser.Password ?? string.Empty;

    /// <summary>Creates the application role, or sets its password when it exists (the password may have changed).</summary>
    public async Task EnsureApplicationRoleAsync(string password, CancellationToken cancellationToken)
    {
        var verb = await ScalarAsync("SELECT 1 FROM pg_roles WHERE rolname = @name", ApplicationUser, cancellationToken) is null ? "CREATE" : "ALTER";
        await ExecuteAsync($"{verb} ROLE {Quote(ApplicationUser)} WITH LOGIN CREATEDB PASSWORD {QuoteLiteral(password)}", cancellationToken);
    }

    public async Task<bool> ExistsAsync(string database, CancellationToken cancellationToken) =>
        await ScalarAsync("SELECT 1 FROM pg_database WHERE datname = @name", database, cancellationToken) is not null;

    /// <summary>The database's comment, or null (also when the database does not exist).</summary>
    public async Task<string?> GetCommentAsync(string database, CancellationToken cancellationToken) =>
        await ScalarAsync("SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = @name", database, cancellationToken) as string;

    public Task SetCommentAsync(string database, string comment, CancellationToken cancellationToken) =>
        ExecuteAsync($"COMMENT ON DATABASE {Quote(database)} IS {QuoteLiteral(comment)}", cancellationToken);

    /// <summary>
    /// <c>CREATE DATABASE target TEMPLATE template OWNER application-role</c>: a file-level copy, which needs the
    /// template to have no connections (templates are kept closed to connections for that reason).
    /// </summary>
    public Task CloneAsync(string template, string target, CancellationToken cancellationToken) =>
        ExecuteAsync($"CREATE DATABASE {Quote(target)} TEMPLATE {Quote(template)} OWNER {Quote(ApplicationUser)}", cancellationToken);

    /// <summary>An empty database owned by the application role, created as Odoo creates its own (UTF-8, C collation).</summary>
    public Task CreateEmptyAsync(string database, CancellationToken cancellationToken) =>
        ExecuteAsync($"CREATE DATABASE {Quote(database)} OWNER {Quote(ApplicationUser)} ENCODING 'UTF8' LC_COLLATE 'C' TEMPLATE template0", cancellationToken);

    public Task RenameAsync(string from, string to, CancellationToken cancellationToken) =>
        ExecuteAsync($"ALTER DATABASE {Quote(from)} RENAME TO {Quote(to)}", cancellationToken);

    /// <summary>Marks a database as a template nobody connects to, so it can always be cloned.</summary>
    public Task SealAsTemplateAsync(string database, CancellationToken cancellationToken) =>
        ExecuteAsync($"ALTER DATABASE {Quote(database)} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false", cancellationToken);

    /// <summary>Lets clients connect to a sealed template again (to dump it); seal it again afterwards.</summary>
    public Task UnsealAsync(string database, CancellationToken cancellationToken) =>
        ExecuteAsync($"ALTER DATABASE {Quote(database)} WITH ALLOW_CONNECTIONS true", cancellationToken);

    /// <summary>Drops the database if it exists, ending its sessions first (a template is unmarked first).</summary>
    public async Task DropAsync(string database, CancellationToken cancellationToken)
    {
        if (!await ExistsAsync(database, cancellationToken))
        {
            return;
        }

        await ExecuteAsync($"ALTER DATABASE {Quote(database)} WITH IS_TEMPLATE false", cancellationToken);
        await ExecuteAsync($"DROP DATABASE IF EXISTS {Quote(database)} WITH (FORCE)", cancellationToken);
    }

    /// <summary>The databases whose name starts with <paramref name="prefix"/>.</summary>
    public async Task<IReadOnlyList<string>> ListAsync(string prefix, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync("postgres", cancellationToken);
        await using var command = new NpgsqlCommand("SELECT datname FROM pg_database WHERE starts_with(datname, @prefix) ORDER BY datname", connection);
        command.Parameters.AddWithValue("prefix", prefix);
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    /// <summary>A superuser connection to <paramref name="database"/> (no pooling: databases get dropped and renamed).</summary>
    public async Task<NpgsqlConnection> OpenAsync(string database, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_superuser.ConnectionString) { Database = database }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task<object?> ScalarAsync(string sql, string name, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync("postgres", cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("name", name);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is DBNull ? null : value;
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync("postgres", cancellationToken);
        // Database-level statements take no bind parameters; identifiers and literals are quoted by the callers.
#pragma warning disable CA2100
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string QuoteLiteral(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
