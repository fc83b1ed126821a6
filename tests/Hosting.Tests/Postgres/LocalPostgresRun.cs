using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Npgsql;
using OdooAspire.Hosting.Tests.Infrastructure;

namespace OdooAspire.Hosting.Tests.Postgres;

/// <summary>One run of a tiny AppHost holding only a local PostgreSQL server, on a given data folder and a free port.</summary>
internal sealed class LocalPostgresRun : IAsyncDisposable
{
    public const string ResourceName = "pg";

    private readonly DistributedApplication _app;
    private bool _stopped;

    private LocalPostgresRun(DistributedApplication app, ResourceLog log, string dataPath)
    {
        _app = app;
        Log = log;
        DataPath = dataPath;
    }

    public ResourceLog Log { get; }

    public string DataPath { get; }

    /// <summary>From StartAsync to the health check passing.</summary>
    public TimeSpan StartToHealthy { get; private set; }

    /// <summary>
    /// Builds and starts the app; waits until the server is healthy, failing with its log otherwise. The server is
    /// added with AddLocalPostgres, or with AddPostgresServer in Local mode.
    /// </summary>
    public static async Task<LocalPostgresRun> StartAsync(string dataPath, bool throughPostgresServer = false)
    {
        var builder = TestAppHost.Create("--DataPath", dataPath, "--Postgres:Mode", "Local");
        var server = throughPostgresServer ? builder.AddPostgresServer(ResourceName) : builder.AddLocalPostgres(ResourceName);
        var log = ResourceLog.Attach(builder, server.Resource);
        var run = new LocalPostgresRun(builder.Build(), log, dataPath);
        try
        {
            using var timeout = TestTimeouts.LongToken();
            var clock = Stopwatch.StartNew();
            await run._app.StartAsync(timeout.Token);
            await run._app.ResourceNotifications.WaitForResourceHealthyAsync(ResourceName, timeout.Token);
            run.StartToHealthy = clock.Elapsed;
            return run;
        }
        catch (Exception ex) when (ex is OperationCanceledException or DistributedApplicationException)
        {
            var tail = run.Log.Tail();
            await run.DisposeAsync();
            throw new InvalidOperationException($"'{ResourceName}' was not healthy within {TestTimeouts.Long} ({ex.Message}). Its log:{Environment.NewLine}{tail}", ex);
        }
    }

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
        return await command.ExecuteScalarAsync();
    }

    /// <summary>
    /// Disposes the app, as a test or Ctrl+C would, and measures how long the server's processes (found by their data
    /// folder while running) take to go.
    /// </summary>
    public async Task<StopReport> StopAsync()
    {
        var running = ProcessTable.UsingFolder(DataPath);
        var clock = Stopwatch.StartNew();
        await DisposeAsync();
        var disposed = clock.Elapsed;
        var left = await ProcessTable.WaitUntilGoneAsync(running, TimeSpan.FromTicks(Math.Max(0, (TestTimeouts.ProcessesGone - clock.Elapsed).Ticks)));
        string[] leftRunning = [.. left.Concat(ProcessTable.UsingFolder(DataPath).Except(running)).Select(ProcessTable.Describe)];
        // Late ones are reported, then waited for, so they do not disturb the next run on this folder.
        await ProcessTable.WaitUntilGoneAsync(left, TestTimeouts.Short);
        return new StopReport(running, disposed, clock.Elapsed, leftRunning);
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

    /// <summary>
    /// What stopping showed: the processes seen running, the times to dispose and until all were gone, and those still
    /// running (or new) five seconds after dispose.
    /// </summary>
    public sealed record StopReport(IReadOnlyList<int> Running, TimeSpan Disposed, TimeSpan AllGone, IReadOnlyList<string> LeftRunning);
}
