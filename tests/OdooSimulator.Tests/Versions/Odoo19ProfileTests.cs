using System.Net;
using System.Text.Json.Nodes;
using OdooAspire.OdooSimulator.Tests.Infrastructure;
using OdooAspire.OdooSimulator.Tests.LiveChat;

namespace OdooAspire.OdooSimulator.Tests.Versions;

/// <summary>Where Odoo 19.0 differs from 18.0 on the wire, as the 19.0 profile must show it.</summary>
[Collection(PostgresTests.Name)]
public sealed class Odoo19ProfileTests(PostgresServerFixture postgres) : IAsyncLifetime
{
    private readonly LiveChatWire19 _wire = new();
    private SimulatorHost _host = null!;

    public async Task InitializeAsync() => _host = await VersionProfileTests.StartAsync(postgres, "19.0");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Im_livechat_init_is_gone_and_answers_like_any_unknown_route()
    {
        using var client = _host.CreateClient();
        const string call = "{\"jsonrpc\":\"2.0\",\"method\":\"call\",\"params\":{\"channel_id\":1},\"id\":1}";

        using var init = await client.PostRawAsync("/im_livechat/init", call);
        using var unknown = await client.PostRawAsync("/im_livechat/no_such_route", call);

        Assert.Equal(HttpStatusCode.NotFound, init.StatusCode);
        Assert.Equal("text/html", init.Content.Headers.ContentType!.MediaType);
        Assert.Equal(unknown.Content.Headers.ContentType!.ToString(), init.Content.Headers.ContentType!.ToString());
        Assert.Equal(await unknown.Content.ReadAsStringAsync(), await init.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Mail_action_init_livechat_says_whether_an_operator_is_available()
    {
        using var operatorClient = _host.CreateClient();
        using var visitor = _host.CreateClient();
        Assert.False(await _wire.IsOperatorAvailableAsync(visitor, 1));

        await using var operatorBus = await OperatorSession.StartAsync(operatorClient, _host.Options.DbName, _wire);

        Assert.True(await OperatorSession.WaitForAvailabilityAsync(visitor, true, _wire));
        var store = (await visitor.ResultAsync("/mail/action", new JsonObject
        {
            ["fetch_params"] = new JsonArray(new JsonArray("init_livechat", 1)),
        }))!.AsObject();
        Assert.Equal(["Store"], store.Select(p => p.Key));
        Assert.Equal(["can_download_transcript", "livechat_available"], store["Store"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task Mail_action_on_an_unknown_livechat_channel_answers_an_empty_store()
    {
        using var visitor = _host.CreateClient();

        var store = await visitor.ResultAsync("/mail/action", new JsonObject { ["fetch_params"] = new JsonArray(new JsonArray("init_livechat", 999)) });

        Assert.Empty(store!.AsObject());
    }

    [Fact]
    public async Task Update_presence_in_the_18_shape_raises_and_the_operator_never_becomes_available()
    {
        using var operatorClient = _host.CreateClient();
        using var visitor = _host.CreateClient();
        await using var operatorBus = await OperatorSession.StartAsync(operatorClient, _host.Options.DbName, new LiveChatWire18());
        await VersionProfileTests.WaitForLogAsync(_host, "unexpected keyword argument 'im_status_ids_by_model'");

        Assert.False(await _wire.IsOperatorAvailableAsync(visitor, 1));

        await operatorBus.UpdatePresenceAsync(_wire.PresenceData());
        Assert.True(await OperatorSession.WaitForAvailabilityAsync(visitor, true, _wire));
    }

    [Fact]
    public async Task Get_session_takes_no_anonymous_name_and_answers_store_data_and_channel_id()
    {
        using var operatorClient = _host.CreateClient();
        using var visitor = _host.CreateClient();
        await using var operatorBus = await OperatorSession.StartAsync(operatorClient, _host.Options.DbName, _wire);
        Assert.True(await OperatorSession.WaitForAvailabilityAsync(visitor, true, _wire));

        var result = (await visitor.ResultAsync("/im_livechat/get_session", new JsonObject { ["channel_id"] = 1 }))!.AsObject();

        Assert.Equal(["store_data", "channel_id"], result.Select(p => p.Key));
        var channelId = result["channel_id"]!.GetValue<int>();
        var store = result["store_data"]!;
        Assert.Equal(store["Store"]!["guest_token"]!.GetValue<string>(), visitor.Cookie("dgid"));
        var channel = store["discuss.channel"]!.AsArray().Single()!;
        Assert.Equal(channelId, channel["id"]!.GetValue<int>());
        Assert.Equal("Visitor Administrator", channel["name"]!.GetValue<string>());
        Assert.True(channel["isLoaded"]!.GetValue<bool>());
        var again = await visitor.ResultAsync("/mail/action", new JsonObject { ["fetch_params"] = new JsonArray(new JsonArray("init_livechat", 1)) });
        Assert.Equal(store["Store"]!["self_guest"]!.GetValue<int>(), again!["Store"]!["self_guest"]!.GetValue<int>());
        var announce = await operatorBus.WaitForAsync("mail.record/insert", p => _wire.AnnouncesChannel(p, channelId));
        Assert.Equal(1, announce["message"]!["payload"]!["im_livechat.channel"]![0]!["id"]!.GetValue<int>());
    }

    [Fact]
    public async Task Get_session_on_an_unknown_livechat_channel_is_not_found()
    {
        using var visitor = _host.CreateClient();

        var answer = await visitor.CallAsync("/im_livechat/get_session", new JsonObject { ["channel_id"] = 999 });

        Assert.Equal(404, answer["error"]!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Messages_carry_the_body_as_markup_and_typing_names_the_channel_in_channel_id()
    {
        using var operatorClient = _host.CreateClient();
        using var visitor = _host.CreateClient();
        await using var operatorBus = await OperatorSession.StartAsync(operatorClient, _host.Options.DbName, _wire);
        Assert.True(await OperatorSession.WaitForAvailabilityAsync(visitor, true, _wire));
        var session = await _wire.StartSessionAsync(visitor, 1);
        await operatorBus.WaitForAsync("mail.record/insert", p => _wire.AnnouncesChannel(p, session.ChannelId));
        await operatorBus.SubscribeAsync(operatorBus.LastId);

        var posted = await visitor.ResultAsync("/mail/message/post", new JsonObject
        {
            ["thread_model"] = "discuss.channel",
            ["thread_id"] = session.ChannelId,
            ["post_data"] = new JsonObject { ["body"] = "Hi", ["message_type"] = "comment" },
        });
        await LiveChatScenario.TypingAsync(visitor, session.ChannelId, true);

        Assert.Equal(["store_data", "message_id"], posted!.AsObject().Select(p => p.Key));
        var message = (await operatorBus.WaitForAsync("discuss.channel/new_message"))["message"]!["payload"]!["data"]!["mail.message"]![0]!;
        Assert.Equal(["markup", "<p>Hi</p>"], message["body"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(session.GuestId, message["author_guest_id"]!.GetValue<int>());
        var typing = await operatorBus.WaitForAsync("mail.record/insert", p => _wire.IsTyping(p, "guest", session.GuestId, true));
        var member = typing["message"]!["payload"]!["discuss.channel.member"]![0]!;
        Assert.Equal(session.ChannelId, member["channel_id"]!["id"]!.GetValue<int>());
        Assert.Equal("discuss.channel", member["channel_id"]!["model"]!.GetValue<string>());
        Assert.Null(member["thread"]);
    }
}
