using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Npgsql;
using OdooAspire.Hosting.Tests.Infrastructure;

namespace OdooAspire.Hosting.Tests.Postgres;

/// <summary>One run of a tiny AppHost holding only a local PostgreSQL server, on a given data folder and a free port.</summary>
internal sealed class LocalPostgresRun : PostgresRun
{
    public const string Name = "pg";

    private LocalPostgresRun(DistributedApplication app, ResourceLog log, string dataPath)
        : base(app, log, Name)
    {
        DataPath = dataPath;
    }

    public string DataPath { get; }

    /// <summary>
    /// Builds and starts the app; waits until the server is healthy, failing with its log otherwise. The server is
    /// added with AddLocalPostgres, or with AddPostgresServer in Local mode.
    /// </summary>
    public static async Task<LocalPostgresRun> StartAsync(string dataPath, bool throughPostgresServer = false)
    {
        var builder = TestAppHost.Create("--DataPath", dataPath, "--Postgres:Mode", "Local");
        var server = throughPostgresServer ? builder.AddPostgresServer(Name) : builder.AddLocalPostgres(Name);
        var run = new LocalPostgresRun(builder.Build(), ResourceLog.Attach(builder, server.Resource), dataPath);
        await run.StartAsync();
        return run;
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

    /// <summary>
    /// What stopping showed: the processes seen running, the times to dispose and until all were gone, and those still
    /// running (or new) five seconds after dispose.
    /// </summary>
    public sealed record StopReport(IReadOnlyList<int> Running, TimeSpan Disposed, TimeSpan AllGone, IReadOnlyList<string> LeftRunning);
}
