using OdooAspire.OdooSimulator.Configuration;
using OdooAspire.OdooSimulator.Tests.Infrastructure;

namespace OdooAspire.OdooSimulator.Tests.Bus;

[Collection(PostgresTests.Name)]
public sealed class KeepAliveTests(PostgresServerFixture postgres) : IAsyncLifetime
{
    private static readonly TimeSpan PingInterval = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan PongTimeout = TimeSpan.FromMilliseconds(600);
    private SimulatorHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await SimulatorHost.StartAsync(postgres, o => o with
        {
            Timings = o.Timings with { PingInterval = PingInterval, PongTimeout = PongTimeout },
        });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_server_pings_a_socket_that_stayed_idle()
    {
        await using var client = await Connect();

        var frame = await client.ReadFrameAsync(TestTimeouts.Default);

        Assert.Equal(0x9, frame!.Value.Opcode);
    }

    [Fact]
    public async Task A_socket_that_keeps_talking_is_not_pinged()
    {
        await using var client = await Connect();
        var listening = client.ReadFrameAsync(PingInterval * 3);

        // Talk (one event every third of the interval) for longer than the reader listens.
        var until = DateTime.UtcNow + (PingInterval * 4);
        while (DateTime.UtcNow < until)
        {
            await client.SendTextAsync("{\"event_name\":\"update_presence\",\"data\":{\"inactivity_period\":0,\"im_status_ids_by_model\":{}}}");
            await Task.Delay(PingInterval / 3);
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => listening);
    }

    [Fact]
    public async Task A_socket_that_never_answers_the_ping_is_dropped()
    {
        await using var client = await Connect();
        Assert.Equal(0x9, (await client.ReadFrameAsync(TestTimeouts.Default))!.Value.Opcode);

        // The raw client does not answer pings; after the pong timeout the server drops the TCP connection.
        Assert.Null(await client.ReadFrameAsync(TestTimeouts.Default));
        Assert.Contains(_host.Logs.Lines, l => l.Contains("did not answer a ping", StringComparison.Ordinal));
    }

    [Fact]
    public void Odoo_default_timers_are_the_profile_s_ping_15_s_pong_1_h_keep_alive_and_1_MiB()
    {
        var defaults = new BusTimings();

        Assert.Null(defaults.PingInterval);
        Assert.Equal(TimeSpan.FromSeconds(15), defaults.PongTimeout);
        Assert.Equal(TimeSpan.FromHours(1), defaults.KeepAliveTimeout);
        Assert.Equal(1024 * 1024, defaults.MaxMessageBytes);
    }

    private Task<RawWebSocketClient> Connect() =>
        RawWebSocketClient.ConnectAsync(_host.GeventUrl!, "/websocket?version=18.0-5", _host.GeventUrl!.GetLeftPart(UriPartial.Authority));
}
