using System.Text.Json.Nodes;

namespace OdooAspire.OdooSimulator.Tests.Infrastructure;

/// <summary>Odoo 18.0: store dicts, <c>new_message</c> under <c>data</c>, typing as a member insert with <c>thread</c>.</summary>
internal sealed class LiveChatWire18 : ILiveChatWire
{
    public string Series => "18.0";

    public string BusVersion => "18.0-5";

    public string TypingType => "mail.record/insert";

    public JsonObject PresenceData() => new() { ["inactivity_period"] = 0, ["im_status_ids_by_model"] = new JsonObject() };

    public async Task<bool> IsOperatorAvailableAsync(OdooTestClient visitor, int livechatChannelId)
    {
        var init = await visitor.ResultAsync("/im_livechat/init", new JsonObject { ["channel_id"] = livechatChannelId });
        return init!["available_for_me"]!.GetValue<bool>();
    }

    public async Task<VisitorSession> StartSessionAsync(OdooTestClient visitor, int livechatChannelId)
    {
        var store = (JsonObject)(await visitor.ResultAsync("/im_livechat/get_session", new JsonObject
        {
            ["channel_id"] = livechatChannelId,
            ["anonymous_name"] = "Visitor",
            ["persisted"] = true,
        }))!;
        var channel = store["discuss.channel"]![0]!;
        Assert.Equal("livechat", channel["channel_type"]!.GetValue<string>());
        Assert.Equal("guest", store["Store"]!["self"]!["type"]!.GetValue<string>());
        var guestId = store["Store"]!["self"]!["id"]!.GetValue<int>();
        Assert.StartsWith($"{guestId}|", visitor.Cookie("dgid"), StringComparison.Ordinal);
        return new VisitorSession(channel["id"]!.GetValue<int>(), channel["uuid"]!.GetValue<string>(), guestId);
    }

    public bool AnnouncesChannel(JsonObject payload, int channelId) =>
        payload["discuss.channel"] is JsonArray channels && channels.Any(c => c!["id"]!.GetValue<int>() == channelId);

    public Task WaitUntilJoinedAsync(BusTestSocket visitorBus, int channelId) =>
        visitorBus.WaitForAsync("discuss.channel/joined", p => p["channel"]!["id"]!.GetValue<int>() == channelId);

    public ReceivedMessage? ReadNewMessage(JsonObject payload, int channelId)
    {
        if (payload["id"]!.GetValue<int>() != channelId)
        {
            return null;
        }

        var message = payload["data"]!["mail.message"]![0]!;
        return new ReceivedMessage(message["body"]!.GetValue<string>(), message["author"]!["type"]!.GetValue<string>(), message["author"]!["id"]!.GetValue<int>());
    }

    public bool IsTyping(JsonObject payload, string personaType, int personaId, bool typing) =>
        payload["discuss.channel.member"] is JsonArray members && members.Any(m =>
            m!["isTyping"]?.GetValue<bool>() == typing
            && m["persona"]!["type"]!.GetValue<string>() == personaType
            && m["persona"]!["id"]!.GetValue<int>() == personaId);

    public async Task LeaveAsync(OdooTestClient visitor, VisitorSession session) =>
        Assert.Null(await visitor.ResultAsync("/im_livechat/visitor_leave_session", new JsonObject { ["channel_id"] = session.ChannelId }));
}
