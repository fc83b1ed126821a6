using OdooAspire.Hosting.Postgres;
using OdooAspire.Hosting.Tests.Infrastructure;

namespace OdooAspire.Hosting.Tests.Containers;

/// <summary>
/// The local image and one data folder for the class. The first run (volume initialised, a row written, disposed with a
/// client still connected) happens once, between two snapshots of podman, and what it showed is kept for the tests;
/// they then start the server again on the same folder. The volume and the image are removed at the end.
/// </summary>
public sealed class ContainerPostgresFixture : IAsyncLifetime
{
    public const string KeptValue = "survives";

    internal TemporaryDirectory Data { get; } = new();

    internal TestPostgresImage Image { get; private set; } = null!;

    internal ContainerPostgresRun FirstRun { get; private set; } = null!;

    internal IReadOnlyList<string> FirstRunLog { get; private set; } = [];

    internal ContainerPostgresRun.StopReport FirstStop { get; private set; } = null!;

    internal PodmanSnapshot BeforeFirstRun { get; private set; } = null!;

    internal PodmanSnapshot AfterFirstRun { get; private set; } = null!;

    internal object? SelectOne { get; private set; }

    public async Task InitializeAsync()
    {
        if (TestPostgresImage.UnavailableReason is not null)
        {
            return;
        }

        Image = await TestPostgresImage.MakeAsync();
        BeforeFirstRun = await PodmanSnapshot.TakeAsync();
        FirstRun = await ContainerPostgresRun.StartAsync(Image, Data.Path);
        SelectOne = await FirstRun.ScalarAsync("SELECT 1");
        await FirstRun.ScalarAsync($"CREATE TABLE kept (value text); INSERT INTO kept VALUES ('{KeptValue}')");
        // A client that never leaves: a smart shutdown (SIGTERM) would wait for it until the orchestrator kills.
        await using var stayingClient = await FirstRun.OpenAsync();
        FirstStop = await FirstRun.StopAsync();
        FirstRunLog = FirstRun.Log.Lines;
        AfterFirstRun = await PodmanSnapshot.TakeAsync();
    }

    public async Task DisposeAsync()
    {
        if (FirstRun is not null)
        {
            await FirstRun.DisposeAsync();
        }

        try
        {
            var volume = PostgresContainerVolume.Name(ContainerPostgresRun.Name, Data.Path);
            if (Image is not null && await PodmanCli.SucceedsAsync("volume", "exists", volume))
            {
                await PodmanCli.OutputOfAsync("volume", "rm", "--force", volume);
            }
        }
        finally
        {
            if (Image is not null)
            {
                await Image.DisposeAsync();
            }

            Data.Dispose();
        }
    }
}
