using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Npgsql;
using OdooAspire.Hosting.Postgres;
using OdooAspire.Hosting.Tests.Infrastructure;

namespace OdooAspire.Hosting.Tests.Odoo.Fixtures;

/// <summary>
/// One run of a tiny AppHost on a data folder: a PostgreSQL server from the local binaries (<see cref="Postgres"/>) and
/// whatever the test adds. Every resource's log is collected, so a wait that fails shows what was seen; disposing
/// proves that no process of the data folder is left running.
/// </summary>
internal sealed class AppRun : IAsyncDisposable
{
    public const string Postgres = "pg";

    public const string Odoo = "odoo";

    private readonly IReadOnlyDictionary<string, ResourceLog> _logs;
    private StopReport? _stopped;

    private AppRun(DistributedApplication app, string dataPath, IReadOnlyDictionary<string, ResourceLog> logs)
    {
        App = app;
        DataPath = dataPath;
        _logs = logs;
    }

    public DistributedApplication App { get; }

    public string DataPath { get; }

    /// <summary>
    /// Builds the app (PostgreSQL, then what <paramref name="add"/> adds) with <paramref name="args"/> as its command
    /// line, starts it and waits for PostgreSQL to be healthy.
    /// </summary>
    public static async Task<AppRun> StartAsync(
        string dataPath, Action<IDistributedApplicationBuilder, IResourceBuilder<LocalPostgresServerResource>>? add = null, params string[] args)
    {
        var builder = TestAppHost.Create(["--DataPath", dataPath, "--Postgres:Mode", "Local", .. args]);
        var postgres = builder.AddLocalPostgres(Postgres);
        add?.Invoke(builder, postgres);
        var logs = builder.Resources.Where(r => r is not ParameterResource).ToDictionary(r => r.Name, r => ResourceLog.Attach(builder, r));
        var run = new AppRun(builder.Build(), dataPath, logs);
        try
        {
            using var timeout = TestTimeouts.LongToken();
            await run.App.StartAsync(timeout.Token);
            await run.WaitHealthyAsync(Postgres, TestTimeouts.Long);
            return run;
        }
        catch
        {
            await run.StopAsync();
            throw;
        }
    }

    /// <summary>
    /// Starts PostgreSQL and Odoo (<see cref="Odoo"/>, with the repository's simulator for Simulator mode) as the
    /// AppHost wires them; nothing is awaited beyond PostgreSQL being healthy.
    /// </summary>
    public static Task<AppRun> StartWithOdooAsync(string dataPath, params string[] args) =>
        StartAsync(dataPath, (builder, postgres) => builder.AddOdoo(Odoo, new OdooSimulatorProject()).WithReference(postgres).WaitFor(postgres), args);

    public ResourceLog Log(string resource) => _logs[resource];

    /// <summary>Waits until <paramref name="count"/> lines of the resource's log contain <paramref name="text"/>.</summary>
    public async Task WaitForLogAsync(string resource, string text, int count, TimeSpan timeout)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(25));
        var deadline = DateTime.UtcNow + timeout;
        while (Log(resource).Lines.Count(l => l.Contains(text, StringComparison.Ordinal)) < count)
        {
            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException(
                    $"Fewer than {count} lines of '{resource}' contain '{text}' after {timeout} (state: {State(resource)}). Its log:{Environment.NewLine}{Log(resource).Tail()}");
            }

            await timer.WaitForNextTickAsync();
        }
    }

    /// <summary>The resource's state text, for failure messages.</summary>
    public string State(string resource) =>
        App.ResourceNotifications.TryGetCurrentState(resource, out var e) ? e.Snapshot.State?.Text ?? "(no state)" : "(unknown)";

    /// <summary>Waits for the resource to be healthy; fails with its state and last log lines otherwise.</summary>
    public async Task WaitHealthyAsync(string resource, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await App.ResourceNotifications.WaitForResourceHealthyAsync(resource, deadline.Token);
        }
        catch (OperationCanceledException ex)
        {
            throw new TimeoutException(
                $"'{resource}' was not healthy within {timeout} (state: {State(resource)}). Its log:{Environment.NewLine}{Log(resource).Tail()}", ex);
        }
        catch (DistributedApplicationException ex)
        {
            throw new InvalidOperationException(
                $"'{resource}' will not become healthy: {ex.Message} (state: {State(resource)}). Its log:{Environment.NewLine}{Log(resource).Tail()}", ex);
        }
    }

    /// <summary>Waits for the resource's state to become <paramref name="state"/>; fails with its state and last log lines otherwise.</summary>
    public async Task<ResourceEvent> WaitForStateAsync(string resource, string state, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            return await App.ResourceNotifications.WaitForResourceAsync(resource, e => e.Snapshot.State?.Text == state, deadline.Token);
        }
        catch (OperationCanceledException ex)
        {
            throw new TimeoutException(
                $"'{resource}' did not reach the state {state} within {timeout} (state: {State(resource)}). Its log:{Environment.NewLine}{Log(resource).Tail()}", ex);
        }
    }

    /// <summary>A superuser connection to <paramref name="database"/> on the run's PostgreSQL.</summary>
    public async Task<NpgsqlConnection> OpenAsync(string database)
    {
        using var timeout = TestTimeouts.ShortToken();
        var connectionString = await App.GetConnectionStringAsync(Postgres, timeout.Token);
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Database = database, Pooling = false }.ConnectionString);
        await connection.OpenAsync(timeout.Token);
        return connection;
    }

    public async Task<object?> ScalarAsync(string database, string sql)
    {
        await using var connection = await OpenAsync(database);
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }

    public async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = await OpenAsync(database);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Disposes the app and waits (up to <see cref="TestTimeouts.Short"/>) until no process mentions the data folder;
    /// reports what ran before and what is still running.
    /// </summary>
    public async Task<StopReport> StopAsync()
    {
        if (_stopped is not null)
        {
            return _stopped;
        }

        var running = ProcessTable.UsingFolder(DataPath).Select(ProcessTable.Describe).ToList();
        await App.DisposeAsync();
        foreach (var log in _logs.Values)
        {
            await log.DisposeAsync();
        }

        // Looked up again each time: a process that appeared after the first look counts as well.
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        var deadline = DateTime.UtcNow + TestTimeouts.Short;
        IReadOnlyList<int> left;
        while ((left = ProcessTable.UsingFolder(DataPath)).Count > 0 && DateTime.UtcNow < deadline)
        {
            await timer.WaitForNextTickAsync();
        }

        _stopped = new StopReport(running, [.. left.Select(ProcessTable.Describe)]);
        return _stopped;
    }

    /// <summary>Stops the run; fails when a process of its data folder is still running.</summary>
    public async ValueTask DisposeAsync()
    {
        var report = await StopAsync();
        if (report.LeftRunning.Count > 0)
        {
            throw new InvalidOperationException(
                $"Processes of {DataPath} still run {TestTimeouts.Short} after the app was disposed:{Environment.NewLine}{string.Join(Environment.NewLine, report.LeftRunning)}");
        }
    }

    /// <summary>The processes of the data folder seen before the app was disposed, and those still running after.</summary>
    public sealed record StopReport(IReadOnlyList<string> Running, IReadOnlyList<string> LeftRunning);
}
