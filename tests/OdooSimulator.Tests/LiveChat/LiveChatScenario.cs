using System.Text.Json.Nodes;
using OdooAspire.OdooSimulator.Tests.Infrastructure;

namespace OdooAspire.OdooSimulator.Tests.LiveChat;

/// <summary>
/// The end-to-end LiveChat conversation of ODOO.md, written only against the wire protocol so the very same
/// steps run against the simulator and against a real Odoo 18.0.
/// </summary>
internal sealed class LiveChatScenario(OdooTestClient operatorClient, OdooTestClient visitorClient, string database, int livechatChannelId = 1)
{
    public async Task RunAsync()
    {
        var session = await operatorClient.AuthenticateAsync(database);
        Assert.Equal("18.0-5", session["websocket_worker_version"]!.GetValue<string>());
        var operatorPartnerId = session["partner_id"]!.GetValue<int>();

        await using var operatorBus = await operatorClient.OpenBusAsync(userAgent: "OdooAspire LiveChat test");
        await operatorBus.SubscribeAsync();
        await operatorBus.UpdatePresenceAsync();
        await operatorClient.ResultAsync("/web/dataset/call_kw/im_livechat.channel/action_join", new JsonObject
        {
            ["model"] = "im_livechat.channel",
            ["method"] = "action_join",
            ["args"] = new JsonArray(new JsonArray(livechatChannelId)),
            ["kwargs"] = new JsonObject(),
        });

        var init = await WaitUntilAvailableAsync();
        Assert.True(init["available_for_me"]!.GetValue<bool>());

        var store = (JsonObject)(await visitorClient.ResultAsync("/im_livechat/get_session", new JsonObject
        {
            ["channel_id"] = livechatChannelId,
            ["anonymous_name"] = "Visitor",
            ["persisted"] = true,
        }))!;
        var channel = (JsonObject)store["discuss.channel"]![0]!;
        Assert.Equal("livechat", channel["channel_type"]!.GetValue<string>());
        var channelId = channel["id"]!.GetValue<int>();
        var guestId = store["Store"]!["self"]!["id"]!.GetValue<int>();
        Assert.Equal("guest", store["Store"]!["self"]!["type"]!.GetValue<string>());
        Assert.StartsWith($"{guestId}|", visitorClient.Cookie("dgid"), StringComparison.Ordinal);

        await operatorBus.WaitForAsync("mail.record/insert", p => HasChannel(p, channelId));
        await operatorBus.SubscribeAsync(operatorBus.LastId);

        await using var visitorBus = await visitorClient.OpenBusAsync(userAgent: "OdooAspire LiveChat test");
        await visitorBus.SubscribeAsync();
        await visitorBus.UpdatePresenceAsync();
        await visitorBus.WaitForAsync("discuss.channel/joined", p => p["channel"]!["id"]!.GetValue<int>() == channelId);

        await PostAsync(visitorClient, channelId, "Hello from the visitor");
        foreach (var bus in new[] { operatorBus, visitorBus })
        {
            var message = await bus.WaitForAsync("discuss.channel/new_message", p => p["id"]!.GetValue<int>() == channelId);
            var posted = message["message"]!["payload"]!["data"]!["mail.message"]![0]!;
            Assert.Equal("<p>Hello from the visitor</p>", posted["body"]!.GetValue<string>());
            Assert.Equal("guest", posted["author"]!["type"]!.GetValue<string>());
            Assert.Equal(guestId, posted["author"]!["id"]!.GetValue<int>());
        }

        await TypingAsync(visitorClient, channelId, true);
        await operatorBus.WaitForAsync("mail.record/insert", p => IsTyping(p, "guest", guestId, true));
        await TypingAsync(visitorClient, channelId, false);
        await operatorBus.WaitForAsync("mail.record/insert", p => IsTyping(p, "guest", guestId, false));

        await PostAsync(operatorClient, channelId, "Hello from the operator");
        var reply = await visitorBus.WaitForAsync("discuss.channel/new_message", p => p["id"]!.GetValue<int>() == channelId);
        var replied = reply["message"]!["payload"]!["data"]!["mail.message"]![0]!;
        Assert.Equal("<p>Hello from the operator</p>", replied["body"]!.GetValue<string>());
        Assert.Equal(operatorPartnerId, replied["author"]!["id"]!.GetValue<int>());

        await TypingAsync(operatorClient, channelId, true);
        await visitorBus.WaitForAsync("mail.record/insert", p => IsTyping(p, "partner", operatorPartnerId, true));

        Assert.Null(await visitorClient.ResultAsync("/im_livechat/visitor_leave_session", new JsonObject { ["channel_id"] = channelId }));
        await visitorBus.WaitForAsync(
            "discuss.channel/new_message",
            p => p["data"]!["mail.message"]![0]!["body"]!.GetValue<string>().Contains("left the conversation", StringComparison.Ordinal));
    }

    public static Task PostAsync(OdooTestClient client, int channelId, string body) =>
        client.ResultAsync("/mail/message/post", new JsonObject
        {
            ["thread_model"] = "discuss.channel",
            ["thread_id"] = channelId,
            ["post_data"] = new JsonObject { ["body"] = body, ["message_type"] = "comment", ["subtype_xmlid"] = "mail.mt_comment" },
        });

    public static Task TypingAsync(OdooTestClient client, int channelId, bool typing) =>
        client.ResultAsync("/discuss/channel/notify_typing", new JsonObject { ["channel_id"] = channelId, ["is_typing"] = typing });

    public static bool HasChannel(JsonObject payload, int channelId) =>
        payload["discuss.channel"] is JsonArray channels && channels.Any(c => c!["id"]!.GetValue<int>() == channelId);

    public static bool IsTyping(JsonObject payload, string personaType, int personaId, bool typing) =>
        payload["discuss.channel.member"] is JsonArray members && members.Any(m =>
            m!["isTyping"]?.GetValue<bool>() == typing
            && m["persona"]!["type"]!.GetValue<string>() == personaType
            && m["persona"]!["id"]!.GetValue<int>() == personaId);

    // update_presence is processed asynchronously by the server: ask until the operator shows up, with a deadline.
    private async Task<JsonObject> WaitUntilAvailableAsync()
    {
        var deadline = DateTime.UtcNow + TestTimeouts.Default;
        while (true)
        {
            var init = (JsonObject)(await visitorClient.ResultAsync("/im_livechat/init", new JsonObject { ["channel_id"] = livechatChannelId }))!;
            if (init["available_for_me"]!.GetValue<bool>() || DateTime.UtcNow > deadline)
            {
                return init;
            }

            await Task.Delay(50);
        }
    }
}
