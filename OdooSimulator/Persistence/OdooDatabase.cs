using Npgsql;

namespace OdooAspire.OdooSimulator.Persistence;

/// <summary>The simulator's PostgreSQL database; every unit of work is one transaction, like an Odoo request.</summary>
internal sealed class OdooDatabase(NpgsqlDataSource dataSource)
{
    public NpgsqlDataSource DataSource { get; } = dataSource;

    public async Task<T> InTransactionAsync<T>(Func<DbScope, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = await work(new DbScope(connection, transaction));
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    public Task InTransactionAsync(Func<DbScope, Task> work, CancellationToken cancellationToken) =>
        InTransactionAsync<bool>(
            async scope =>
            {
                await work(scope);
                return true;
            },
            cancellationToken);
}
