using Npgsql;
using OdooAspire.Hosting.Orchestration;

namespace OdooAspire.Hosting.Postgres;

/// <summary>Creates the application role and databases with the superuser; idempotent.</summary>
internal static class PostgresProvisioner
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(90);

    /// <summary>Waits until the superuser can connect; fails at once with the log when the server ends.</summary>
    public static async Task WaitForConnectionsAsync(PostgresServerResource server, Task<int> serverCompletion, ResourceStartContext context, TimeProvider time, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + StartDeadline;
        var connectionString = server.SuperuserConnectionString() + ";Pooling=false;Timeout=2";
        while (true)
        {
            if (serverCompletion.IsCompleted)
            {
                throw new ResourceFailedException(server.Name, $"postgres exited with code {serverCompletion.Result} while starting", context.Log.Tail(20));
            }

            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(cancellationToken);
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or IOException && time.GetUtcNow() < deadline)
            {
                context.ReportStatus("waiting for connections: " + ex.Message);
                await Task.WhenAny(Task.Delay(TimeSpan.FromMilliseconds(100), time, cancellationToken), serverCompletion);
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }

    /// <summary>Creates or updates the application role: LOGIN, CREATEDB, the current password.</summary>
    public static async Task EnsureApplicationRoleAsync(PostgresServerResource server, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(server.SuperuserConnectionString() + ";Pooling=false");
        await connection.OpenAsync(cancellationToken);
        var role = QuoteIdentifier(server.ApplicationUser);
        var password = QuoteLiteral(server.ApplicationPassword.Value);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_roles WHERE rolname = @name", connection);
        exists.Parameters.AddWithValue("name", server.ApplicationUser);
        var verb = await exists.ExecuteScalarAsync(cancellationToken) is null ? "CREATE" : "ALTER";
        // Role statements take no bind parameters; the identifier and literal are quoted above.
#pragma warning disable CA2100
        await using var command = new NpgsqlCommand($"{verb} ROLE {role} WITH LOGIN CREATEDB PASSWORD {password}", connection);
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Creates a database owned by the application role when it does not exist.</summary>
    public static async Task EnsureDatabaseAsync(PostgresServerResource server, string database, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(server.SuperuserConnectionString() + ";Pooling=false");
        await connection.OpenAsync(cancellationToken);
        if (await DatabaseExistsAsync(connection, database, cancellationToken))
        {
            return;
        }

#pragma warning disable CA2100
        await using var create = new NpgsqlCommand(
            $"CREATE DATABASE {QuoteIdentifier(database)} OWNER {QuoteIdentifier(server.ApplicationUser)}", connection);
#pragma warning restore CA2100
        await create.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Whether the database exists (checked with the application role's own connection).</summary>
    public static async Task<bool> DatabaseExistsAsync(string connectionString, string database, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return await DatabaseExistsAsync(connection, database, cancellationToken);
    }

    private static async Task<bool> DatabaseExistsAsync(NpgsqlConnection connection, string database, CancellationToken cancellationToken)
    {
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        return await exists.ExecuteScalarAsync(cancellationToken) is not null;
    }

    internal static string QuoteIdentifier(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    internal static string QuoteLiteral(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
