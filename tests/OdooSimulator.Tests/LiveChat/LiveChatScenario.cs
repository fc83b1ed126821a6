using System.Text.Json.Nodes;
using OdooAspire.OdooSimulator.Tests.Infrastructure;

namespace OdooAspire.OdooSimulator.Tests.LiveChat;

/// <summary>
/// The end-to-end LiveChat conversation of ODOO.md, written only against the wire protocol so the very same
/// steps run against the simulator (each version profile) and against a real Odoo. What differs between
/// versions is the <see cref="ILiveChatWire"/>'s business, not the scenario's.
/// </summary>
internal sealed class LiveChatScenario(
    OdooTestClient operatorClient, OdooTestClient visitorClient, string database, ILiveChatWire wire, int livechatChannelId = 1)
{
    public async Task RunAsync()
    {
        var session = await operatorClient.AuthenticateAsync(database);
        Assert.Equal(wire.BusVersion, session["websocket_worker_version"]!.GetValue<string>());
        var operatorPartnerId = session["partner_id"]!.GetValue<int>();

        await using var operatorBus = await operatorClient.OpenBusAsync(wire.BusVersion, userAgent: "OdooAspire LiveChat test");
        await operatorBus.SubscribeAsync();
        await operatorBus.UpdatePresenceAsync(wire.PresenceData());
        await operatorClient.ResultAsync("/web/dataset/call_kw/im_livechat.channel/action_join", new JsonObject
        {
            ["model"] = "im_livechat.channel",
            ["method"] = "action_join",
            ["args"] = new JsonArray(new JsonArray(livechatChannelId)),
            ["kwargs"] = new JsonObject(),
        });

        Assert.True(await WaitUntilAvailableAsync(), "no operator became available");
        var visitor = await wire.StartSessionAsync(visitorClient, livechatChannelId);
        var channelId = visitor.ChannelId;

        await operatorBus.WaitForAsync("mail.record/insert", p => wire.AnnouncesChannel(p, channelId));
        await operatorBus.SubscribeAsync(operatorBus.LastId);

        await using var visitorBus = await visitorClient.OpenBusAsync(wire.BusVersion, userAgent: "OdooAspire LiveChat test");
        await visitorBus.SubscribeAsync();
        await visitorBus.UpdatePresenceAsync(wire.PresenceData());
        await wire.WaitUntilJoinedAsync(visitorBus, channelId);

        await PostAsync(visitorClient, channelId, "Hello from the visitor");
        foreach (var bus in new[] { operatorBus, visitorBus })
        {
            var posted = await NextMessageAsync(bus, channelId);
            Assert.Equal("<p>Hello from the visitor</p>", posted.Body);
            Assert.Equal("guest", posted.AuthorType);
            Assert.Equal(visitor.GuestId, posted.AuthorId);
        }

        await TypingAsync(visitorClient, channelId, true);
        await operatorBus.WaitForAsync(wire.TypingType, p => wire.IsTyping(p, "guest", visitor.GuestId, true));
        await TypingAsync(visitorClient, channelId, false);
        await operatorBus.WaitForAsync(wire.TypingType, p => wire.IsTyping(p, "guest", visitor.GuestId, false));

        await PostAsync(operatorClient, channelId, "Hello from the operator");
        var replied = await NextMessageAsync(visitorBus, channelId);
        Assert.Equal("<p>Hello from the operator</p>", replied.Body);
        Assert.Equal("partner", replied.AuthorType);
        Assert.Equal(operatorPartnerId, replied.AuthorId);

        await TypingAsync(operatorClient, channelId, true);
        await visitorBus.WaitForAsync(wire.TypingType, p => wire.IsTyping(p, "partner", operatorPartnerId, true));

        await wire.LeaveAsync(visitorClient, visitor);
        await visitorBus.WaitForAsync(
            "discuss.channel/new_message",
            p => wire.ReadNewMessage(p, channelId)?.Body.Contains("left the conversation", StringComparison.Ordinal) == true);
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

    private async Task<ReceivedMessage> NextMessageAsync(BusTestSocket bus, int channelId)
    {
        var notification = await bus.WaitForAsync("discuss.channel/new_message", p => wire.ReadNewMessage(p, channelId) is not null);
        return wire.ReadNewMessage((JsonObject)notification["message"]!["payload"]!, channelId)!;
    }

    // update_presence is processed asynchronously by the server: ask until the operator shows up, with a deadline.
    private async Task<bool> WaitUntilAvailableAsync()
    {
        var deadline = DateTime.UtcNow + TestTimeouts.Default;
        while (true)
        {
            var available = await wire.IsOperatorAvailableAsync(visitorClient, livechatChannelId);
            if (available || DateTime.UtcNow > deadline)
            {
                return available;
            }

            await Task.Delay(50);
        }
    }
}
