using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Npgsql;

namespace OdooAspire.Hosting.Tests.Infrastructure;

/// <summary>One run of a tiny AppHost holding one PostgreSQL server: started until healthy, queried, disposed.</summary>
internal abstract class PostgresRun : IAsyncDisposable
{
    private readonly DistributedApplication _app;
    private bool _stopped;

    protected PostgresRun(DistributedApplication app, ResourceLog log, string resourceName)
    {
        _app = app;
        Log = log;
        ResourceName = resourceName;
    }

    public ResourceLog Log { get; }

    public string ResourceName { get; }

    /// <summary>From StartAsync to the health check passing.</summary>
    public TimeSpan StartToHealthy { get; private set; }

    public async Task<NpgsqlConnection> OpenAsync(string database = "postgres")
    {
        using var timeout = TestTimeouts.ShortToken();
        var connectionString = await _app.GetConnectionStringAsync(ResourceName, timeout.Token);
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Database = database }.ConnectionString);
        await connection.OpenAsync(timeout.Token);
        return connection;
    }

    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        using var timeout = TestTimeouts.ShortToken();
        return await command.ExecuteScalarAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        await _app.DisposeAsync();
        await Log.DisposeAsync();
    }

    /// <summary>Starts the app and waits until the server is healthy; on failure disposes it and fails with the server's log.</summary>
    protected async Task StartAsync(Func<Task>? whenHealthy = null)
    {
        try
        {
            using var timeout = TestTimeouts.LongToken();
            var clock = Stopwatch.StartNew();
            await _app.StartAsync(timeout.Token);
            await _app.ResourceNotifications.WaitForResourceHealthyAsync(ResourceName, timeout.Token);
            StartToHealthy = clock.Elapsed;
            if (whenHealthy is not null)
            {
                await whenHealthy();
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or DistributedApplicationException or InvalidOperationException)
        {
            var tail = Log.Tail();
            await DisposeAsync();
            throw new InvalidOperationException($"'{ResourceName}' was not healthy within {TestTimeouts.Long} ({ex.Message}). Its log:{Environment.NewLine}{tail}", ex);
        }
    }
}
