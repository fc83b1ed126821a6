using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace OdooAspire.Hosting.Postgres;

/// <summary>Healthy when the server accepts the superuser and answers <c>SELECT 1</c> in the postgres database.</summary>
internal sealed class PostgresConnectionHealthCheck(IResourceWithConnectionString server) : IHealthCheck
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var connectionString = await server.GetConnectionStringAsync(cancellationToken);
        if (string.IsNullOrEmpty(connectionString))
        {
            return HealthCheckResult.Unhealthy($"{server.Name} has no connection string yet.");
        }

        // No pooling: a check must not keep a backend open that would outlive the check.
        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Database = "postgres",
            Pooling = false,
            Timeout = (int)ConnectTimeout.TotalSeconds,
        };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        await command.ExecuteScalarAsync(cancellationToken);
        return HealthCheckResult.Healthy();
    }
}
