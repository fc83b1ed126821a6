using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Npgsql;
using OdooAspire.OdooSimulator.Configuration;

namespace OdooAspire.OdooSimulator.Persistence;

/// <summary>
/// What <c>-i im_livechat</c> does for the simulator: create the database when missing (the role has CREATEDB),
/// the simulator's tables and the records of a fresh Odoo database.
/// </summary>
internal static partial class DatabaseInitializer
{
    public static async Task InitializeAsync(SimulatorOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!DatabaseName().IsMatch(options.DbName))
        {
            throw new OdooConfException($"database name '{options.DbName}' is invalid: use letters, digits, '_', '.' or '-'.");
        }

        await CreateDatabaseIfMissingAsync(options, logger, cancellationToken);
        await using var dataSource = NpgsqlDataSource.Create(ConnectionStrings.For(options, options.DbName));
        await new OdooDatabase(dataSource).InTransactionAsync(
            async scope =>
            {
                await scope.ExecuteAsync(SchemaScript.Create, cancellationToken);
                var initialized = await scope.ScalarAsync<long>(
                    "SELECT count(*) FROM simulator_meta WHERE key = 'initialized'", cancellationToken);
                if (initialized == 0)
                {
                    var seed = SchemaScript.Seed.Replace("{admin_hash}", PasswordHasher.Hash("admin"), StringComparison.Ordinal);
                    await scope.ExecuteAsync(seed, cancellationToken);
                    logger.LogInformation("OdooSimulator: database {Database} initialised (admin / admin, livechat channel 1)", options.DbName);
                }

                // Sockets do not survive a restart, so nobody is online when the simulator starts.
                await scope.ExecuteAsync("UPDATE bus_presence SET status = 'offline'", cancellationToken);
            },
            cancellationToken);
    }

    private static async Task CreateDatabaseIfMissingAsync(SimulatorOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionStrings.For(options, "postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.Add(new NpgsqlParameter { Value = options.DbName });
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
        {
            return;
        }

        // The name was validated against DatabaseName(), so quoting it is enough.
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{options.DbName}\" ENCODING 'UTF8' TEMPLATE template0", connection);
        await create.ExecuteNonQueryAsync(cancellationToken);
        logger.LogInformation("OdooSimulator: created database {Database}", options.DbName);
    }

    [GeneratedRegex("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$")]
    private static partial Regex DatabaseName();
}
