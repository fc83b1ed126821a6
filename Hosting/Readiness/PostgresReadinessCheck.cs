using Npgsql;
using OdooAspire.Hosting.ApplicationModel;

namespace OdooAspire.Hosting.Readiness;

/// <summary>Ready when a query succeeds with the resource's own connection string.</summary>
internal sealed class PostgresReadinessCheck(IResourceWithConnectionString resource, string query = "SELECT 1")
    : IReadinessCheck
{
    public string Description => $"PostgreSQL query '{query}'";

    public async Task<ReadinessResult> CheckAsync(CancellationToken cancellationToken)
    {
        var connectionString = await resource.GetConnectionStringAsync(ValueResolutionContext.Host, cancellationToken);
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Timeout = 5 };
        // A server's connection string names no database; Npgsql would then use the user name.
        builder.Database ??= "postgres";
        try
        {
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand(query, connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return ReadinessResult.Ready;
        }
        catch (NpgsqlException ex)
        {
            return ReadinessResult.NotReady(ex.Message);
        }
    }
}
