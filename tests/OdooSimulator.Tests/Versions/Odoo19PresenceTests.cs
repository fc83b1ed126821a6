using System.Text.Json.Nodes;
using Npgsql;
using OdooAspire.OdooSimulator.Tests.Infrastructure;
using OdooAspire.OdooSimulator.Tests.LiveChat;

namespace OdooAspire.OdooSimulator.Tests.Versions;

/// <summary>
/// Odoo 19.0's presence on the bus: a presence created, or whose status changes, is announced as
/// <c>bus.bus/im_status_updated</c> on the persona's <c>(persona, "presence")</c> channel, which every socket of the
/// persona hears and others hear by asking for <c>odoo-presence-&lt;model&gt;_&lt;id&gt;</c>.
/// </summary>
[Collection(PostgresTests.Name)]
public sealed class Odoo19PresenceTests(PostgresServerFixture postgres) : IAsyncLifetime
{
    private const string ImStatusUpdated = "bus.bus/im_status_updated";

    // Odoo's AWAY_TIMER is 30 minutes of inactivity, in milliseconds as update_presence sends it.
    private static JsonObject Inactive => new() { ["inactivity_period"] = 31 * 60 * 1000 };

    private readonly LiveChatWire19 _wire = new();
    private SimulatorHost _host = null!;

    public async Task InitializeAsync() => _host = await VersionProfileTests.StartAsync(postgres, "19.0");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_guest_s_first_update_presence_is_announced_on_its_own_socket_on_its_presence_channel()
    {
        using var operatorClient = _host.CreateClient();
        using var visitor = _host.CreateClient();
        await using var operatorBus = await OperatorSession.StartAsync(operatorClient, _host.Options.DbName, _wire);
        var session = await StartSessionAsync(visitor);
        await using var visitorBus = await visitor.OpenBusAsync();
        await visitorBus.SubscribeAsync();

        await visitorBus.UpdatePresenceAsync(_wire.PresenceData());

        var announced = await visitorBus.WaitForAsync(ImStatusUpdated);
        Assert.Equal(GuestPayload("online", "online", session.GuestId), announced["message"]!["payload"]!.ToJsonString());
        Assert.Equal(
            $"[\"{_host.Options.DbName}\",\"mail.guest\",{session.GuestId},\"presence\"]",
            await ChannelOfAsync(announced["id"]!.GetValue<long>()));
    }

    [Fact]
    public async Task Only_a_new_status_is_announced_and_a_closing_socket_announces_offline_to_the_guest_s_other_sockets()
    {
        using var operatorClient = _host.CreateClient();
        using var visitor = _host.CreateClient();
        await using var operatorBus = await OperatorSession.StartAsync(operatorClient, _host.Options.DbName, _wire);
        var session = await StartSessionAsync(visitor);
        await using var first = await visitor.OpenBusAsync();
        await first.SubscribeAsync();
        await using var second = await visitor.OpenBusAsync();
        await second.SubscribeAsync();

        // Both subscribes come first, or one could resend the fresh presence as missed.
        await MarkServedAsync(first, "first_subscribed");
        await MarkServedAsync(second, "second_subscribed");
        await second.UpdatePresenceAsync(_wire.PresenceData());
        Assert.Equal("online", PresenceStatus(await first.WaitForAsync(ImStatusUpdated)));
        Assert.Equal("online", PresenceStatus(await second.WaitForAsync(ImStatusUpdated)));
        await second.UpdatePresenceAsync(_wire.PresenceData());
        await MarkServedAsync(second, "repeat_marker");
        await first.UpdatePresenceAsync(Inactive);

        // The next announcement after "online" is "away": the repeated online (served before it) announced nothing.
        Assert.Equal("away", PresenceStatus(await first.WaitForAsync(ImStatusUpdated)));
        await second.DisposeAsync();
        var offline = await first.WaitForAsync(ImStatusUpdated);
        Assert.Equal(GuestPayload("offline", "offline", session.GuestId), offline["message"]!["payload"]!.ToJsonString());
    }

    [Fact]
    public async Task The_operator_hears_the_visitor_s_presence_by_asking_and_the_visitor_hears_the_operator_s_only_with_the_store_s_token()
    {
        using var operatorClient = _host.CreateClient();
        using var visitor = _host.CreateClient();
        await using var operatorBus = await OperatorSession.StartAsync(operatorClient, _host.Options.DbName, _wire);
        Assert.True(await OperatorSession.WaitForAvailabilityAsync(visitor, true, _wire));
        var store = (await visitor.ResultAsync("/im_livechat/get_session", new JsonObject { ["channel_id"] = 1, ["persisted"] = true }))!["store_data"]!;
        var guestId = store["Store"]!["self_guest"]!.GetValue<int>();
        var operatorId = store["discuss.channel"]![0]!["livechat_operator_id"]!.GetValue<int>();
        var token = store["res.partner"]!.AsArray().Single(p => p!["id"]!.GetValue<int>() == operatorId)!["im_status_access_token"]!.GetValue<string>();
        await using var withToken = await visitor.OpenBusAsync();
        await using var withoutToken = await visitor.OpenBusAsync();

        await operatorBus.SubscribeAsync(operatorBus.LastId, $"odoo-presence-mail.guest_{guestId}");
        await withToken.SubscribeAsync(0, $"odoo-presence-res.partner_{operatorId}-{token}");
        await withoutToken.SubscribeAsync(0, $"odoo-presence-res.partner_{operatorId}", "odoo-presence-nonsense");
        await VersionProfileTests.WaitForLogAsync(_host, "Malformed presence channel: odoo-presence-nonsense");
        await MarkServedAsync(operatorBus, "operator_marker");
        await MarkServedAsync(withToken, "token_marker");
        await withToken.UpdatePresenceAsync(_wire.PresenceData());
        await operatorBus.UpdatePresenceAsync(Inactive);

        var visitorOnline = await operatorBus.WaitForAsync(ImStatusUpdated, p => Names(p, "guest_id", guestId));
        Assert.Equal(GuestPayload("online", "online", guestId), visitorOnline["message"]!["payload"]!.ToJsonString());
        await withToken.WaitForAsync(ImStatusUpdated, p => Names(p, "partner_id", operatorId) && p["presence_status"]!.GetValue<string>() == "away");
        await LiveChatScenario.PostAsync(operatorClient, store["discuss.channel"]![0]!["id"]!.GetValue<int>(), "after the presences");
        await withoutToken.WaitForAsync("discuss.channel/new_message");

        // Every socket of the guest may hear the operator "online" that withToken's subscribe resent to the guest; only
        // the operator's presence channel carries "away".
        Assert.DoesNotContain(Notifications(withoutToken), n => n["type"]!.GetValue<string>() == ImStatusUpdated
            && Names((JsonObject)n["payload"]!, "partner_id", operatorId) && n["payload"]!["presence_status"]!.GetValue<string>() == "away");
    }

    [Fact]
    public async Task A_subscribe_right_after_an_update_presence_sends_the_subscriber_the_presence_it_may_have_missed()
    {
        using var operatorClient = _host.CreateClient();
        using var visitor = _host.CreateClient();
        await using var operatorBus = await OperatorSession.StartAsync(operatorClient, _host.Options.DbName, _wire);
        var session = await StartSessionAsync(visitor);
        await using var first = await visitor.OpenBusAsync();
        await first.SubscribeAsync();
        await first.UpdatePresenceAsync(_wire.PresenceData());
        await first.WaitForAsync(ImStatusUpdated);
        await using var second = await visitor.OpenBusAsync();

        // Odoo resends presences polled in the last two seconds; refreshing the poll keeps a slow machine inside that window.
        await ExecuteAsync("UPDATE bus_presence SET last_poll = now() WHERE guest_id = $1", session.GuestId);
        await second.SubscribeAsync(first.LastId);

        var missed = await second.WaitForAsync(ImStatusUpdated);
        Assert.Equal(GuestPayload("online", "online", session.GuestId), missed["message"]!["payload"]!.ToJsonString());
        Assert.Equal($"[\"{_host.Options.DbName}\",\"mail.guest\",{session.GuestId}]", await ChannelOfAsync(missed["id"]!.GetValue<long>()));
    }

    private async Task<VisitorSession> StartSessionAsync(OdooTestClient visitor)
    {
        Assert.True(await OperatorSession.WaitForAvailabilityAsync(visitor, true, _wire));
        return await _wire.StartSessionAsync(visitor, 1);
    }

    // Events are served in order: once this marker is refused, everything the socket sent before it was served.
    private async Task MarkServedAsync(BusTestSocket socket, string marker)
    {
        await socket.SendAsync(new JsonObject { ["event_name"] = "update_presence", ["data"] = new JsonObject { [marker] = 1 } });
        await VersionProfileTests.WaitForLogAsync(_host, $"'{marker}'");
    }

    private static string GuestPayload(string presenceStatus, string imStatus, int guestId) =>
        new JsonObject { ["presence_status"] = presenceStatus, ["im_status"] = imStatus, ["guest_id"] = guestId, ["partner_id"] = false }.ToJsonString();

    private static string PresenceStatus(JsonObject notification) => notification["message"]!["payload"]!["presence_status"]!.GetValue<string>();

    private static bool Names(JsonObject payload, string key, int id) => payload[key] is JsonValue value && value.TryGetValue<int>(out var named) && named == id;

    private static IEnumerable<JsonObject> Notifications(BusTestSocket socket) =>
        socket.Frames.SelectMany(f => JsonNode.Parse(f)!.AsArray()).Select(n => (JsonObject)n!["message"]!);

    private async Task<string> ChannelOfAsync(long busId)
    {
        await using var connection = new NpgsqlConnection(postgres.ConnectionString(_host.Options.DbName));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT channel FROM bus_bus WHERE id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = busId });
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private async Task ExecuteAsync(string sql, int argument)
    {
        await using var connection = new NpgsqlConnection(postgres.ConnectionString(_host.Options.DbName));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = argument });
        await command.ExecuteNonQueryAsync();
    }
}
