using System.Text.Json.Nodes;

namespace OdooAspire.OdooSimulator.Tests.Infrastructure;

/// <summary>
/// Odoo 19.0: availability from <c>/mail/action</c>, <c>{store_data, channel_id}</c>, bodies as
/// <c>["markup", html]</c>, authors as <c>author_id</c> / <c>author_guest_id</c>, typing members naming
/// <c>partner_id</c> / <c>guest_id</c>, update_presence without <c>im_status_ids_by_model</c>.
/// </summary>
internal sealed class LiveChatWire19 : ILiveChatWire
{
    public string Series => "19.0";

    public string BusVersion => "19.0-2";

    public string TypingType => "mail.record/insert";

    public JsonObject PresenceData() => new() { ["inactivity_period"] = 0 };

    public async Task<bool> IsOperatorAvailableAsync(OdooTestClient visitor, int livechatChannelId)
    {
        var store = await visitor.ResultAsync("/mail/action", new JsonObject
        {
            ["fetch_params"] = new JsonArray(new JsonArray("init_livechat", livechatChannelId)),
        });
        return store!["Store"]!["livechat_available"]!.GetValue<bool>();
    }

    public async Task<VisitorSession> StartSessionAsync(OdooTestClient visitor, int livechatChannelId)
    {
        var result = (JsonObject)(await visitor.ResultAsync("/im_livechat/get_session", new JsonObject
        {
            ["channel_id"] = livechatChannelId,
            ["persisted"] = true,
        }))!;
        var channelId = result["channel_id"]!.GetValue<int>();
        var store = result["store_data"]!;
        var channel = store["discuss.channel"]!.AsArray().Single(c => c!["id"]!.GetValue<int>() == channelId)!;
        Assert.Equal("livechat", channel["channel_type"]!.GetValue<string>());
        var guestId = store["Store"]!["self_guest"]!.GetValue<int>();
        Assert.Equal(store["Store"]!["guest_token"]!.GetValue<string>(), visitor.Cookie("dgid"));
        return new VisitorSession(channelId, channel["uuid"]!.GetValue<string>(), guestId);
    }

    public bool AnnouncesChannel(JsonObject payload, int channelId) =>
        payload["discuss.channel"] is JsonArray channels && channels.Any(c => c!["id"]!.GetValue<int>() == channelId);

    // 19 creates the visitor's member with the channel: its socket hears no discuss.channel/joined.
    public Task WaitUntilJoinedAsync(BusTestSocket visitorBus, int channelId) => Task.CompletedTask;

    public ReceivedMessage? ReadNewMessage(JsonObject payload, int channelId)
    {
        if (payload["id"]!.GetValue<int>() != channelId)
        {
            return null;
        }

        var message = payload["data"]!["mail.message"]![0]!;
        var body = message["body"]!.AsArray();
        Assert.Equal("markup", body[0]!.GetValue<string>());
        return message["author_guest_id"] is JsonValue guest && guest.TryGetValue<int>(out var guestId)
            ? new ReceivedMessage(body[1]!.GetValue<string>(), "guest", guestId)
            : new ReceivedMessage(body[1]!.GetValue<string>(), "partner", message["author_id"]!.GetValue<int>());
    }

    public bool IsTyping(JsonObject payload, string personaType, int personaId, bool typing) =>
        payload["discuss.channel.member"] is JsonArray members && members.Any(m =>
            m!["isTyping"]?.GetValue<bool>() == typing
            && m[personaType == "guest" ? "guest_id" : "partner_id"]?.GetValue<int>() == personaId);

    public async Task LeaveAsync(OdooTestClient visitor, VisitorSession session) =>
        Assert.Null(await visitor.ResultAsync("/im_livechat/visitor_leave_session", new JsonObject { ["channel_id"] = session.ChannelId }));
}
