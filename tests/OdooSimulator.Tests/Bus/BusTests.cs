using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Npgsql;
using OdooAspire.OdooSimulator.Tests.Infrastructure;

namespace OdooAspire.OdooSimulator.Tests.Bus;

[Collection(PostgresTests.Name)]
public sealed class BusTests(PostgresServerFixture postgres) : IAsyncLifetime
{
    private SimulatorHost _host = null!;

    public async Task InitializeAsync() => _host = await SimulatorHost.StartAsync(postgres);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_bus_bus_row_announced_by_NOTIFY_imbus_reaches_a_subscribed_socket()
    {
        using var client = _host.CreateClient();
        await using var socket = await client.OpenBusAsync();
        await socket.SubscribeAsync();
        await Ready(socket);

        var id = await BusInjector.SendAsync(postgres, _host.Options.DbName, BusInjector.Broadcast, "test/hello", new JsonObject { ["n"] = 1 });

        var received = await socket.WaitForAsync("test/hello");
        Assert.Equal(id, received["id"]!.GetValue<long>());
    }

    [Fact]
    public async Task Server_frames_are_JSON_arrays_of_id_and_message_with_type_and_payload()
    {
        using var client = _host.CreateClient();
        await using var socket = await client.OpenBusAsync();
        await socket.SubscribeAsync();
        await Ready(socket);
        await BusInjector.SendAsync(postgres, _host.Options.DbName, BusInjector.Broadcast, "test/shape", new JsonObject { ["k"] = "v" });
        await socket.WaitForAsync("test/shape");

        // Other frames (presence, …) may arrive after it: take the one that carries the notification.
        var frame = JsonNode.Parse(socket.Frames.Single(f => f.Contains("test/shape", StringComparison.Ordinal)))!.AsArray();
        var item = frame.Single()!.AsObject();
        Assert.Equal(["id", "message"], item.Select(p => p.Key));
        Assert.Equal(["type", "payload"], item["message"]!.AsObject().Select(p => p.Key));
        Assert.Equal("v", item["message"]!["payload"]!["k"]!.GetValue<string>());
    }

    [Fact]
    public async Task Subscribe_with_last_replays_exactly_the_missed_notifications()
    {
        using var client = _host.CreateClient();
        long last;
        await using (var first = await client.OpenBusAsync())
        {
            await first.SubscribeAsync();
            await Ready(first);
            await BusInjector.SendAsync(postgres, _host.Options.DbName, BusInjector.Broadcast, "test/seen", []);
            last = (await first.WaitForAsync("test/seen"))["id"]!.GetValue<long>();
        }

        var missed1 = await BusInjector.SendAsync(postgres, _host.Options.DbName, BusInjector.Broadcast, "test/missed", new JsonObject { ["n"] = 1 });
        var missed2 = await BusInjector.SendAsync(postgres, _host.Options.DbName, BusInjector.Broadcast, "test/missed", new JsonObject { ["n"] = 2 });

        await using var second = await client.OpenBusAsync();
        await second.SubscribeAsync(last);
        Assert.Equal(missed1, (await second.WaitForAsync("test/missed"))["id"]!.GetValue<long>());
        Assert.Equal(missed2, (await second.WaitForAsync("test/missed"))["id"]!.GetValue<long>());
        Assert.DoesNotContain(socketIds(second), id => id <= last);

        static IEnumerable<long> socketIds(BusTestSocket s) =>
            s.Frames.SelectMany(f => JsonNode.Parse(f)!.AsArray()).Select(n => n!["id"]!.GetValue<long>());
    }

    [Fact]
    public async Task Subscribe_with_last_0_replays_only_recent_notifications()
    {
        await BusInjector.SendAsync(postgres, _host.Options.DbName, BusInjector.Broadcast, "test/old", []);
        await using (var connection = new NpgsqlConnection(postgres.ConnectionString(_host.Options.DbName)))
        {
            await connection.OpenAsync();
            await using var age = new NpgsqlCommand("UPDATE bus_bus SET create_date = now() - interval '1 hour'", connection);
            await age.ExecuteNonQueryAsync();
        }

        await BusInjector.SendAsync(postgres, _host.Options.DbName, BusInjector.Broadcast, "test/recent", []);
        using var client = _host.CreateClient();
        await using var socket = await client.OpenBusAsync();
        await socket.SubscribeAsync(0);

        await socket.WaitForAsync("test/recent");
        Assert.DoesNotContain(socket.Frames, f => f.Contains("test/old", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_operator_is_available_while_its_socket_is_open_and_goes_offline_when_it_closes()
    {
        using var operatorClient = _host.CreateClient();
        using var visitor = _host.CreateClient();
        Assert.False(await OperatorSession.WaitForAvailabilityAsync(visitor, false));

        var socket = await OperatorSession.StartAsync(operatorClient, _host.Options.DbName);
        Assert.True(await OperatorSession.WaitForAvailabilityAsync(visitor, true));

        await socket.DisposeAsync();
        Assert.False(await OperatorSession.WaitForAvailabilityAsync(visitor, false));
        Assert.False((await visitor.ResultAsync("/im_livechat/get_session", new JsonObject { ["channel_id"] = 1, ["anonymous_name"] = "V" }))!.GetValue<bool>());
    }

    [Fact]
    public async Task The_listener_reconnects_when_its_connection_is_killed()
    {
        using var client = _host.CreateClient();
        await using var socket = await client.OpenBusAsync();
        await socket.SubscribeAsync();
        await Ready(socket);
        await using (var admin = new NpgsqlConnection(postgres.SuperuserConnectionString("postgres")))
        {
            await admin.OpenAsync();
            await using var kill = new NpgsqlCommand(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = $1 AND query ILIKE 'LISTEN%'", admin);
            kill.Parameters.Add(new NpgsqlParameter { Value = _host.Options.DbName });
            Assert.Equal(1L, (long)(await kill.ExecuteScalarAsync())!);
        }

        // Notifications keep being sent until one arrives: the first ones may fall in the reconnect gap and are
        // then delivered by the catch-up pump, so any of them proves delivery resumed.
        var deadline = DateTime.UtcNow + TestTimeouts.Default;
        while (true)
        {
            await BusInjector.SendAsync(postgres, _host.Options.DbName, BusInjector.Broadcast, "test/after-reconnect", []);
            try
            {
                await socket.WaitForAsync("test/after-reconnect", timeout: TimeSpan.FromMilliseconds(500));
                break;
            }
            catch (TimeoutException) when (DateTime.UtcNow < deadline)
            {
            }
        }

        Assert.Contains(_host.Logs.Lines, l => l.Contains("LISTEN connection failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_message_larger_than_1_MiB_closes_the_socket_with_1009()
    {
        using var client = _host.CreateClient();
        await using var socket = await client.OpenBusAsync();

        await socket.SendRawAsync(new byte[(1024 * 1024) + 1]);
        await socket.WaitForCloseAsync();

        Assert.Equal(WebSocketCloseStatus.MessageTooBig, socket.CloseStatus);
    }

    [Fact]
    public async Task An_invalid_client_event_is_logged_and_the_socket_stays_usable()
    {
        using var client = _host.CreateClient();
        await using var socket = await client.OpenBusAsync();

        await socket.SendRawAsync("this is not JSON"u8.ToArray());
        await socket.SendAsync(new JsonObject { ["event_name"] = "subscribe", ["data"] = new JsonObject { ["last"] = -1 } });
        await socket.SubscribeAsync();
        await Ready(socket);

        Assert.Null(socket.CloseStatus);
        Assert.Equal(2, _host.Logs.Lines.Count(l => l.Contains("invalid websocket event", StringComparison.Ordinal)));
    }

    // A broadcast round trip: once it arrives, the subscription is in place.
    private async Task Ready(BusTestSocket socket)
    {
        await BusInjector.SendAsync(postgres, _host.Options.DbName, BusInjector.Broadcast, "test/ready", []);
        await socket.WaitForAsync("test/ready");
    }
}
