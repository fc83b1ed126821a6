using OdooAspire.OdooSimulator.Tests.Infrastructure;
using OdooAspire.OdooSimulator.Versions;

namespace OdooAspire.OdooSimulator.Tests.Bus;

/// <summary>The idle ping of each version, on a clock the test moves (no 45 s waits).</summary>
[Collection(PostgresTests.Name)]
public sealed class PingIntervalTests(PostgresServerFixture postgres)
{
    [Theory]
    [InlineData("17.0", 45)]
    [InlineData("18.0", 45)]
    [InlineData("19.0", 40)]
    public async Task An_idle_socket_is_pinged_after_the_version_s_interval_and_not_before(string version, int seconds)
    {
        var clock = new ManualTimeProvider();
        var profile = OdooProfiles.Select(version);
        await using var host = await SimulatorHost.StartAsync(postgres, o => o with { Profile = profile }, clock);
        await using var client = await RawWebSocketClient.ConnectAsync(
            host.GeventUrl!, $"/websocket?version={profile.BusVersion}", host.GeventUrl!.GetLeftPart(UriPartial.Authority));
        await clock.WaitForTimerAsync();

        clock.Advance(TimeSpan.FromSeconds(seconds - 1));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.ReadFrameAsync(TimeSpan.FromMilliseconds(300)));

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(0x9, (await client.ReadFrameAsync(TestTimeouts.Default))!.Value.Opcode);
    }
}
