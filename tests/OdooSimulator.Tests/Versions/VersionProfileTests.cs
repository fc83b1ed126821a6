using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Npgsql;
using OdooAspire.OdooSimulator.Tests.Infrastructure;
using OdooAspire.OdooSimulator.Tests.LiveChat;
using OdooAspire.OdooSimulator.Versions;

namespace OdooAspire.OdooSimulator.Tests.Versions;

/// <summary>What every profile answers differently but in the same places: versions, the bus version check, the pages.</summary>
[Collection(PostgresTests.Name)]
public sealed class VersionProfileTests(PostgresServerFixture postgres)
{
    [Theory]
    [InlineData("17.0", 17, "17.0-1")]
    [InlineData("18.0", 18, "18.0-5")]
    [InlineData("19.0", 19, "19.0-2")]
    public async Task Version_info_and_authenticate_name_the_profile_s_version_and_bus_version(string version, int major, string busVersion)
    {
        await using var host = await StartAsync(version);
        using var client = host.CreateClient();

        var info = await client.ResultAsync("/web/webclient/version_info", []);
        var session = await client.AuthenticateAsync(host.Options.DbName);

        Assert.Equal(version, info!["server_version"]!.GetValue<string>());
        Assert.Equal(version, info["server_serie"]!.GetValue<string>());
        Assert.Equal(major, info["server_version_info"]![0]!.GetValue<int>());
        Assert.Equal(version, session["server_version"]!.GetValue<string>());
        Assert.Equal(busVersion, session["websocket_worker_version"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("17.0", "18.0-5")]
    [InlineData("18.0", "19.0-2")]
    [InlineData("19.0", "18.0-5")]
    public async Task A_browser_with_another_version_s_bus_is_closed_with_OUTDATED_VERSION(string version, string otherBusVersion)
    {
        await using var host = await StartAsync(version);
        using var client = host.CreateClient();

        await using var socket = await client.OpenBusAsync(otherBusVersion, userAgent: "Mozilla/5.0 test");
        await socket.WaitForCloseAsync();

        Assert.Equal(WebSocketCloseStatus.NormalClosure, socket.CloseStatus);
        Assert.Equal("OUTDATED_VERSION", socket.CloseDescription);
    }

    [Theory]
    [InlineData("17.0")]
    [InlineData("18.0")]
    [InlineData("19.0")]
    public async Task A_browser_with_the_profile_s_bus_version_is_served(string version)
    {
        await using var host = await StartAsync(version);
        using var client = host.CreateClient();
        await client.AuthenticateAsync(host.Options.DbName);
        await using var socket = await client.OpenBusAsync(host.Options.Profile.BusVersion, userAgent: "Mozilla/5.0 test");
        await socket.SubscribeAsync();

        await client.ResultAsync("/web/dataset/call_kw/im_livechat.channel/action_join", new JsonObject
        {
            ["model"] = "im_livechat.channel",
            ["method"] = "action_join",
            ["args"] = new JsonArray(new JsonArray(1)),
            ["kwargs"] = new JsonObject(),
        });

        await socket.WaitForAsync("mail.record/insert", p => p["im_livechat.channel"] is not null);
        Assert.Null(socket.CloseStatus);
    }

    [Theory]
    [InlineData("17.0")]
    [InlineData("19.0")]
    public async Task The_home_page_and_the_Server_header_name_the_profile(string version)
    {
        await using var host = await StartAsync(version);
        using var http = new HttpClient { Timeout = TestTimeouts.Default };

        using var response = await http.GetAsync(new Uri(host.HttpUrl, "web/login"));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Contains($"Odoo {version}", response.Headers.Server.ToString(), StringComparison.Ordinal);
        Assert.Contains("not Odoo", response.Headers.Server.ToString(), StringComparison.Ordinal);
        Assert.Contains($"Odoo {version}", page, StringComparison.Ordinal);
        Assert.Contains("Odoo:Version", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("18.0", 2)]
    [InlineData("19.0", 1)]
    public async Task Only_19_ignores_the_one_byte_binary_liveness_probe(string version, int badEvents)
    {
        await using var host = await StartAsync(version);
        using var client = host.CreateClient();
        await using var socket = await client.OpenBusAsync();

        await socket.SendRawAsync([0x00], WebSocketMessageType.Binary);

        // Events are served in order: once this marker is refused, the probe was handled before it.
        await socket.SendAsync(new JsonObject { ["event_name"] = "update_presence", ["data"] = new JsonObject { ["probe_marker"] = 1 } });
        await WaitForLogAsync(host, "'probe_marker'");
        Assert.Equal(badEvents, host.Logs.Lines.Count(l => l.Contains("invalid websocket event", StringComparison.Ordinal)));
        Assert.Null(socket.CloseStatus);
    }

    [Theory]
    [InlineData("17.0")]
    [InlineData("18.0")]
    public async Task Before_19_a_guest_s_own_socket_hears_nothing_of_its_presence(string version)
    {
        var wire = LiveChatWires.For(version);
        await using var host = await StartAsync(version);
        using var operatorClient = host.CreateClient();
        using var visitor = host.CreateClient();
        await using var operatorBus = await OperatorSession.StartAsync(operatorClient, host.Options.DbName, wire);
        Assert.True(await OperatorSession.WaitForAvailabilityAsync(visitor, true, wire));
        var session = await wire.StartSessionAsync(visitor, 1);
        await using var visitorBus = await visitor.OpenBusAsync();
        await visitorBus.SubscribeAsync();
        await visitorBus.UpdatePresenceAsync(wire.PresenceData());
        await wire.WaitUntilJoinedAsync(visitorBus, session.ChannelId);

        // Events are served in order: once the marker is refused, the presence was stored before the post below.
        await visitorBus.SendAsync(new JsonObject { ["event_name"] = "update_presence", ["data"] = new JsonObject { ["presence_marker"] = 1 } });
        await WaitForLogAsync(host, "'presence_marker'");
        await LiveChatScenario.PostAsync(operatorClient, session.ChannelId, "after the presence");
        await visitorBus.WaitForAsync("discuss.channel/new_message");

        Assert.Equal("online", await PresenceOfGuestAsync(host.Options.DbName, session.GuestId));
        Assert.DoesNotContain(visitorBus.Frames, f => f.Contains("bus.bus/im_status_updated", StringComparison.Ordinal));
    }

    internal static Task<SimulatorHost> StartAsync(PostgresServerFixture postgres, string version) =>
        SimulatorHost.StartAsync(postgres, o => o with { Profile = OdooProfiles.Select(version) });

    internal static async Task WaitForLogAsync(SimulatorHost host, string text)
    {
        var deadline = DateTime.UtcNow + TestTimeouts.Default;
        while (!host.Logs.Lines.Any(l => l.Contains(text, StringComparison.Ordinal)))
        {
            Assert.True(DateTime.UtcNow < deadline, $"no log line with {text}; last lines:{Environment.NewLine}{host.Logs}");
            await Task.Delay(20);
        }
    }

    private Task<SimulatorHost> StartAsync(string version) => StartAsync(postgres, version);

    private async Task<string?> PresenceOfGuestAsync(string database, int guestId)
    {
        await using var connection = new NpgsqlConnection(postgres.ConnectionString(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT status FROM bus_presence WHERE guest_id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = guestId });
        return (string?)await command.ExecuteScalarAsync();
    }
}
