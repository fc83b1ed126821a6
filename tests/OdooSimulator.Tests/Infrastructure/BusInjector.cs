using System.Text.Json.Nodes;
using Npgsql;

namespace OdooAspire.OdooSimulator.Tests.Infrastructure;

/// <summary>
/// Writes bus notifications straight into PostgreSQL the way Odoo does (a bus_bus row and NOTIFY imbus in one
/// transaction), from a connection of its own: what arrives on a socket then went through LISTEN.
/// </summary>
internal static class BusInjector
{
    public const string Broadcast = "\"broadcast\"";

    public static async Task<long> SendAsync(PostgresServerFixture postgres, string database, string channel, string type, JsonObject payload)
    {
        await using var connection = new NpgsqlConnection(postgres.ConnectionString(database));
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var insert = new NpgsqlCommand("INSERT INTO bus_bus (channel, message) VALUES ($1, $2) RETURNING id", connection, transaction);
        insert.Parameters.Add(new NpgsqlParameter { Value = channel });
        insert.Parameters.Add(new NpgsqlParameter { Value = new JsonObject { ["type"] = type, ["payload"] = payload }.ToJsonString() });
        var id = (long)(await insert.ExecuteScalarAsync())!;
        await using var notify = new NpgsqlCommand("SELECT pg_notify('imbus', $1)", connection, transaction);
        notify.Parameters.Add(new NpgsqlParameter { Value = $"[{channel}]" });
        await notify.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
        return id;
    }
}
