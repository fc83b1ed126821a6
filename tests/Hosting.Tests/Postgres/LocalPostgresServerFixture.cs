using OdooAspire.Hosting.Tests.Infrastructure;

namespace OdooAspire.Hosting.Tests.Postgres;

/// <summary>
/// One data folder for the class: the first run (initdb, a row written, disposed) happens once, and what it showed is
/// kept for the tests; the tests then start the server again on the same folder.
/// </summary>
public sealed class LocalPostgresServerFixture : IAsyncLifetime
{
    public const string KeptValue = "survives";

    internal TemporaryDirectory Data { get; } = new();

    internal LocalPostgresRun FirstRun { get; private set; } = null!;

    internal IReadOnlyList<string> FirstRunLog { get; private set; } = [];

    internal LocalPostgresRun.StopReport FirstStop { get; private set; } = null!;

    internal object? SelectOne { get; private set; }

    public async Task InitializeAsync()
    {
        FirstRun = await LocalPostgresRun.StartAsync(Data.Path);
        SelectOne = await FirstRun.ScalarAsync("SELECT 1");
        await FirstRun.ScalarAsync($"CREATE TABLE kept (value text); INSERT INTO kept VALUES ('{KeptValue}')");
        // A client that never leaves: a smart shutdown (SIGTERM) would wait for it until the orchestrator kills.
        await using var stayingClient = await FirstRun.OpenAsync();
        FirstStop = await FirstRun.StopAsync();
        FirstRunLog = FirstRun.Log.Lines;
    }

    public async Task DisposeAsync()
    {
        if (FirstRun is not null)
        {
            await FirstRun.DisposeAsync();
        }

        Data.Dispose();
    }
}
