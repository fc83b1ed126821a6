using System.Text.Json.Nodes;
using OdooAspire.OdooSimulator.Tests.Infrastructure;
using OdooAspire.OdooSimulator.Tests.LiveChat;

namespace OdooAspire.OdooSimulator.Tests.Versions;

/// <summary>Where Odoo 17.0 differs from 18.0 on the wire, as the 17.0 profile must show it.</summary>
[Collection(PostgresTests.Name)]
public sealed class Odoo17ProfileTests(PostgresServerFixture postgres) : IAsyncLifetime
{
    private readonly LiveChatWire17 _wire = new();
    private SimulatorHost _host = null!;

    public async Task InitializeAsync() => _host = await VersionProfileTests.StartAsync(postgres, "17.0");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Init_answers_available_for_me_with_the_odoo_version()
    {
        using var visitor = _host.CreateClient();

        var init = (await visitor.ResultAsync("/im_livechat/init", new JsonObject { ["channel_id"] = 1 }))!.AsObject();

        Assert.Equal(["odoo_version", "available_for_me", "rule"], init.Select(p => p.Key));
        Assert.Equal("17.0", init["odoo_version"]!.GetValue<string>());
        // No operator online: 17.0 answers the operator count, 0, not false.
        Assert.Equal(0, init["available_for_me"]!.GetValue<int>());
    }

    [Fact]
    public async Task Get_session_answers_the_flat_channel_info_with_the_guest_token()
    {
        using var operatorClient = _host.CreateClient();
        using var visitor = _host.CreateClient();
        await using var operatorBus = await OperatorSession.StartAsync(operatorClient, _host.Options.DbName, _wire);
        Assert.True(await OperatorSession.WaitForAvailabilityAsync(visitor, true, _wire));

        var info = (await visitor.ResultAsync("/im_livechat/get_session", new JsonObject { ["channel_id"] = 1, ["anonymous_name"] = "Visitor" }))!;

        Assert.Null(info["Store"]);
        Assert.Equal("livechat", info["channel_type"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(info["uuid"]!.GetValue<string>()));
        Assert.Equal(info["guest_token"]!.GetValue<string>(), visitor.Cookie("dgid"));
        Assert.Equal("Visitor", info["anonymous_name"]!.GetValue<string>());
        Assert.Equal("ADD", info["channelMembers"]![0]![0]!.GetValue<string>());
        Assert.Equal(2, info["channelMembers"]![0]![1]!.AsArray().Count);
        var operatorPartner = (await operatorClient.AuthenticateAsync(_host.Options.DbName))["partner_id"]!.GetValue<int>();
        Assert.Equal(operatorPartner, info["operator_pid"]![0]!.GetValue<int>());
        var announce = await operatorBus.WaitForAsync("mail.record/insert", p => _wire.AnnouncesChannel(p, info["id"]!.GetValue<int>()));
        Assert.False(announce["message"]!["payload"]!["Thread"]!["is_pinned"]!.GetValue<bool>());
    }

    [Fact]
    public async Task New_message_carries_the_message_under_message_and_typing_is_typing_status()
    {
        using var operatorClient = _host.CreateClient();
        using var visitor = _host.CreateClient();
        var (operatorBus, session) = await StartSessionAsync(operatorClient, visitor);
        await using var _ = operatorBus;

        var posted = await visitor.ResultAsync("/mail/message/post", new JsonObject
        {
            ["thread_model"] = "discuss.channel",
            ["thread_id"] = session.ChannelId,
            ["post_data"] = new JsonObject { ["body"] = "Hi", ["message_type"] = "comment" },
        });
        await LiveChatScenario.TypingAsync(visitor, session.ChannelId, true);

        Assert.Equal("<p>Hi</p>", posted!["body"]!.GetValue<string>());
        var payload = (await operatorBus.WaitForAsync("discuss.channel/new_message"))["message"]!["payload"]!.AsObject();
        Assert.Equal(["id", "message"], payload.Select(p => p.Key));
        Assert.Equal("<p>Hi</p>", payload["message"]!["body"]!.GetValue<string>());
        Assert.Equal("guest", payload["message"]!["author"]!["type"]!.GetValue<string>());
        var typing = (await operatorBus.WaitForAsync("discuss.channel.member/typing_status"))["message"]!["payload"]!;
        Assert.True(typing["isTyping"]!.GetValue<bool>());
        Assert.Equal(session.ChannelId, typing["thread"]!["id"]!.GetValue<int>());
        Assert.Equal(session.GuestId, typing["persona"]!["id"]!.GetValue<int>());
        var inserts = operatorBus.Frames.SelectMany(f => JsonNode.Parse(f)!.AsArray()).Select(n => n!["message"]!)
            .Where(m => m["type"]!.GetValue<string>() == "mail.record/insert");
        Assert.DoesNotContain(inserts, m => m["payload"]!.ToJsonString().Contains("\"isTyping\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Visitor_leave_session_takes_the_uuid_not_the_channel_id()
    {
        using var operatorClient = _host.CreateClient();
        using var visitor = _host.CreateClient();
        var (operatorBus, session) = await StartSessionAsync(operatorClient, visitor);
        await using var _ = operatorBus;
        await LiveChatScenario.PostAsync(visitor, session.ChannelId, "bye");

        var byId = await visitor.CallAsync("/im_livechat/visitor_leave_session", new JsonObject { ["channel_id"] = session.ChannelId });
        await _wire.LeaveAsync(visitor, session);

        Assert.Equal("builtins.TypeError", byId["error"]!["data"]!["name"]!.GetValue<string>());
        Assert.Contains("'uuid'", byId["error"]!["data"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        await operatorBus.WaitForAsync(
            "discuss.channel/new_message", p => p["message"]!["body"]!.GetValue<string>().Contains("Visitor left the conversation.", StringComparison.Ordinal));
    }

    private async Task<(BusTestSocket OperatorBus, VisitorSession Session)> StartSessionAsync(OdooTestClient operatorClient, OdooTestClient visitor)
    {
        var operatorBus = await OperatorSession.StartAsync(operatorClient, _host.Options.DbName, _wire);
        Assert.True(await OperatorSession.WaitForAvailabilityAsync(visitor, true, _wire));
        var session = await _wire.StartSessionAsync(visitor, 1);
        await operatorBus.WaitForAsync("mail.record/insert", p => _wire.AnnouncesChannel(p, session.ChannelId));
        await operatorBus.SubscribeAsync(operatorBus.LastId);
        return (operatorBus, session);
    }
}
