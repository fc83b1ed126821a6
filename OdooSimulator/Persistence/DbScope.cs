using Npgsql;

namespace OdooAspire.OdooSimulator.Persistence;

/// <summary>One open connection and transaction; every store call of a request runs in the same one.</summary>
internal sealed class DbScope(NpgsqlConnection connection, NpgsqlTransaction transaction)
{
    public NpgsqlConnection Connection { get; } = connection;

    public async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params object?[] args)
    {
        await using var command = Command(sql, args);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<T> ScalarAsync<T>(string sql, CancellationToken cancellationToken, params object?[] args)
    {
        await using var command = Command(sql, args);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return (T)value!;
    }

    public async Task<List<T>> QueryAsync<T>(string sql, Func<NpgsqlDataReader, T> map, CancellationToken cancellationToken, params object?[] args)
    {
        await using var command = Command(sql, args);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    public async Task<T?> SingleOrDefaultAsync<T>(string sql, Func<NpgsqlDataReader, T> map, CancellationToken cancellationToken, params object?[] args)
        where T : class
    {
        var rows = await QueryAsync(sql, map, cancellationToken, args);
        return rows.Count == 0 ? null : rows[0];
    }

    private NpgsqlCommand Command(string sql, object?[] args)
    {
        var command = new NpgsqlCommand(sql, Connection, transaction);
        foreach (var arg in args)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = arg ?? DBNull.Value });
        }

        return command;
    }
}
