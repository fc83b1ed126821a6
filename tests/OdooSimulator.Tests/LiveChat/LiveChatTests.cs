using System.Text.Json.Nodes;
using OdooAspire.OdooSimulator.Tests.Infrastructure;

namespace OdooAspire.OdooSimulator.Tests.LiveChat;

[Collection(PostgresTests.Name)]
public sealed class LiveChatTests(PostgresServerFixture postgres) : IAsyncLifetime
{
    private SimulatorHost _host = null!;

    public async Task InitializeAsync() => _host = await SimulatorHost.StartAsync(postgres);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_fresh_database_has_livechat_channel_1_without_operators()
    {
        using var operatorClient = _host.CreateClient();
        await operatorClient.AuthenticateAsync(_host.Options.DbName);

        var channels = await operatorClient.ResultAsync("/web/dataset/call_kw/im_livechat.channel/search_read", new JsonObject
        {
            ["model"] = "im_livechat.channel",
            ["method"] = "search_read",
            ["args"] = new JsonArray(new JsonArray()),
            ["kwargs"] = new JsonObject { ["fields"] = new JsonArray("id", "name", "user_ids"), ["limit"] = 1 },
        });

        var channel = channels!.AsArray().Single()!;
        Assert.Equal(1, channel["id"]!.GetValue<int>());
        Assert.Equal("YourWebsite.com", channel["name"]!.GetValue<string>());
        Assert.Empty(channel["user_ids"]!.AsArray());
        Assert.Null(channel["are_you_inside"]);
    }

    [Fact]
    public async Task Authenticate_answers_the_user_and_gives_a_new_session_cookie()
    {
        using var client = _host.CreateClient();
        await client.ResultAsync("/web/webclient/version_info", []);
        var publicSession = client.Cookie("session_id");

        var session = await client.AuthenticateAsync(_host.Options.DbName);

        Assert.Equal(2, session["uid"]!.GetValue<int>());
        Assert.Equal(3, session["partner_id"]!.GetValue<int>());
        Assert.Equal(_host.Options.DbName, session["db"]!.GetValue<string>());
        Assert.NotEqual(publicSession, client.Cookie("session_id"));
    }

    [Fact]
    public async Task Init_on_an_unknown_livechat_channel_is_simply_unavailable()
    {
        using var visitor = _host.CreateClient();

        var init = await visitor.ResultAsync("/im_livechat/init", new JsonObject { ["channel_id"] = 999 });

        Assert.False(init!["available_for_me"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Get_session_is_false_and_sets_no_guest_cookie_without_an_online_operator()
    {
        using var visitor = _host.CreateClient();

        var result = await visitor.ResultAsync("/im_livechat/get_session", new JsonObject { ["channel_id"] = 1, ["anonymous_name"] = "Visitor", ["persisted"] = true });

        Assert.False(result!.GetValue<bool>());
        Assert.Null(visitor.Cookie("dgid"));
    }

    [Fact]
    public async Task The_operator_hears_a_new_channel_only_after_subscribing_again()
    {
        using var operatorClient = _host.CreateClient();
        using var visitor = _host.CreateClient();
        await using var operatorBus = await OperatorSession.StartAsync(operatorClient, _host.Options.DbName);
        Assert.True(await OperatorSession.WaitForAvailabilityAsync(visitor, true));
        var store = await visitor.ResultAsync("/im_livechat/get_session", new JsonObject { ["channel_id"] = 1, ["anonymous_name"] = "Visitor", ["persisted"] = true });
        var channelId = store!["discuss.channel"]![0]!["id"]!.GetValue<int>();
        await operatorBus.WaitForAsync("mail.record/insert", p => LiveChatScenario.HasChannel(p, channelId));

        await LiveChatScenario.PostAsync(visitor, channelId, "before the operator subscribed again");
        await BusInjector.SendAsync(postgres, _host.Options.DbName, BusInjector.Broadcast, "test/marker", []);
        await operatorBus.WaitForAsync("test/marker");
        Assert.DoesNotContain(operatorBus.Frames, f => f.Contains("discuss.channel/new_message", StringComparison.Ordinal));

        await operatorBus.SubscribeAsync(operatorBus.LastId);
        await LiveChatScenario.PostAsync(visitor, channelId, "after");
        var message = await operatorBus.WaitForAsync("discuss.channel/new_message");
        Assert.Equal("<p>after</p>", message["message"]!["payload"]!["data"]!["mail.message"]![0]!["body"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_session_answers_a_store_dict_and_sets_the_guest_and_session_cookies()
    {
        using var operatorClient = _host.CreateClient();
        using var visitor = _host.CreateClient();
        await using var operatorBus = await OperatorSession.StartAsync(operatorClient, _host.Options.DbName);
        Assert.True(await OperatorSession.WaitForAvailabilityAsync(visitor, true));

        var store = (JsonObject)(await visitor.ResultAsync("/im_livechat/get_session", new JsonObject { ["channel_id"] = 1, ["anonymous_name"] = "Visitor", ["persisted"] = true }))!;

        Assert.Equal(["Store", "discuss.channel", "discuss.channel.member", "mail.guest", "res.partner"], store.Select(p => p.Key));
        var guestToken = store["Store"]!["guest_token"]!.GetValue<string>();
        Assert.Equal(guestToken, visitor.Cookie("dgid"));
        Assert.False(string.IsNullOrEmpty(visitor.Cookie("session_id")));
        Assert.Equal(2, store["discuss.channel"]![0]!["memberCount"]!.GetValue<int>());
        Assert.Equal("partner", store["discuss.channel"]![0]!["operator"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_session_not_persisted_opens_a_temporary_thread_without_creating_a_guest()
    {
        using var operatorClient = _host.CreateClient();
        using var visitor = _host.CreateClient();
        await using var operatorBus = await OperatorSession.StartAsync(operatorClient, _host.Options.DbName);
        Assert.True(await OperatorSession.WaitForAvailabilityAsync(visitor, true));

        var store = await visitor.ResultAsync("/im_livechat/get_session", new JsonObject { ["channel_id"] = 1, ["anonymous_name"] = "Visitor", ["persisted"] = false });

        Assert.Equal(-1, store!["discuss.channel"]![0]!["id"]!.GetValue<int>());
        Assert.Null(visitor.Cookie("dgid"));
    }

    [Fact]
    public async Task The_visitor_socket_first_receives_joined_and_the_member_insert()
    {
        using var operatorClient = _host.CreateClient();
        using var visitor = _host.CreateClient();
        await using var operatorBus = await OperatorSession.StartAsync(operatorClient, _host.Options.DbName);
        Assert.True(await OperatorSession.WaitForAvailabilityAsync(visitor, true));
        await visitor.ResultAsync("/im_livechat/get_session", new JsonObject { ["channel_id"] = 1, ["anonymous_name"] = "Visitor", ["persisted"] = true });

        await using var visitorBus = await visitor.OpenBusAsync();
        await visitorBus.SubscribeAsync();
        var joined = await visitorBus.WaitForAsync("discuss.channel/joined");
        var insert = await visitorBus.WaitForAsync("mail.record/insert");

        Assert.Equal("livechat", joined["message"]!["payload"]!["channel"]!["channel_type"]!.GetValue<string>());
        Assert.True(insert["id"]!.GetValue<long>() > joined["id"]!.GetValue<long>());
        Assert.Equal("guest", insert["message"]!["payload"]!["discuss.channel.member"]![0]!["persona"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Notify_typing_answers_without_a_result_and_marks_the_member_typing()
    {
        using var operatorClient = _host.CreateClient();
        using var visitor = _host.CreateClient();
        await using var operatorBus = await OperatorSession.StartAsync(operatorClient, _host.Options.DbName);
        Assert.True(await OperatorSession.WaitForAvailabilityAsync(visitor, true));
        var store = await visitor.ResultAsync("/im_livechat/get_session", new JsonObject { ["channel_id"] = 1, ["anonymous_name"] = "Visitor", ["persisted"] = true });
        var channelId = store!["discuss.channel"]![0]!["id"]!.GetValue<int>();
        await operatorBus.WaitForAsync("mail.record/insert", p => LiveChatScenario.HasChannel(p, channelId));
        await operatorBus.SubscribeAsync(operatorBus.LastId);

        var answer = await visitor.CallAsync("/discuss/channel/notify_typing", new JsonObject { ["channel_id"] = channelId, ["is_typing"] = true });

        Assert.Equal(["jsonrpc", "id"], answer.Select(p => p.Key));
        var typing = await operatorBus.WaitForAsync("mail.record/insert", p => p["discuss.channel.member"] is not null && p["mail.guest"] is not null);
        var member = typing["message"]!["payload"]!["discuss.channel.member"]![0]!;
        Assert.True(member["isTyping"]!.GetValue<bool>());
        Assert.Equal(channelId, member["thread"]!["id"]!.GetValue<int>());
        Assert.Equal("discuss.channel", member["thread"]!["model"]!.GetValue<string>());
    }
}
