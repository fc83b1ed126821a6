using System.Text.Json.Nodes;

namespace OdooAspire.OdooSimulator.Tests.Infrastructure;

/// <summary>Odoo 17.0: flat dicts, <c>Thread</c> inserts, <c>new_message</c> under <c>message</c>, typing_status, leave by uuid.</summary>
internal sealed class LiveChatWire17 : ILiveChatWire
{
    public string Series => "17.0";

    public string BusVersion => "17.0-1";

    public string TypingType => "discuss.channel.member/typing_status";

    public JsonObject PresenceData() => new() { ["inactivity_period"] = 0, ["im_status_ids_by_model"] = new JsonObject() };

    public async Task<bool> IsOperatorAvailableAsync(OdooTestClient visitor, int livechatChannelId)
    {
        var init = await visitor.ResultAsync("/im_livechat/init", new JsonObject { ["channel_id"] = livechatChannelId });
        // True when an operator is online; otherwise the operator count, 0.
        return init!["available_for_me"] is JsonValue available
            && (available.GetValueKind() == System.Text.Json.JsonValueKind.True
                || (available.GetValueKind() == System.Text.Json.JsonValueKind.Number && available.GetValue<int>() != 0));
    }

    public async Task<VisitorSession> StartSessionAsync(OdooTestClient visitor, int livechatChannelId)
    {
        var info = (JsonObject)(await visitor.ResultAsync("/im_livechat/get_session", new JsonObject
        {
            ["channel_id"] = livechatChannelId,
            ["anonymous_name"] = "Visitor",
            ["persisted"] = true,
        }))!;
        Assert.Equal("livechat", info["channel_type"]!.GetValue<string>());
        var guestToken = info["guest_token"]!.GetValue<string>();
        Assert.Equal(guestToken, visitor.Cookie("dgid"));
        return new VisitorSession(info["id"]!.GetValue<int>(), info["uuid"]!.GetValue<string>(), int.Parse(guestToken.Split('|')[0], System.Globalization.CultureInfo.InvariantCulture));
    }

    public bool AnnouncesChannel(JsonObject payload, int channelId) => payload["Thread"]?["id"]?.GetValue<int>() == channelId;

    public Task WaitUntilJoinedAsync(BusTestSocket visitorBus, int channelId) =>
        visitorBus.WaitForAsync("discuss.channel/joined", p => p["channel"]!["id"]!.GetValue<int>() == channelId);

    public ReceivedMessage? ReadNewMessage(JsonObject payload, int channelId)
    {
        if (payload["id"]!.GetValue<int>() != channelId)
        {
            return null;
        }

        var message = payload["message"]!;
        return new ReceivedMessage(message["body"]!.GetValue<string>(), message["author"]!["type"]!.GetValue<string>(), message["author"]!["id"]!.GetValue<int>());
    }

    public bool IsTyping(JsonObject payload, string personaType, int personaId, bool typing) =>
        payload["isTyping"]?.GetValue<bool>() == typing
        && payload["persona"]!["type"]!.GetValue<string>() == personaType
        && payload["persona"]!["id"]!.GetValue<int>() == personaId;

    public async Task LeaveAsync(OdooTestClient visitor, VisitorSession session) =>
        Assert.Null(await visitor.ResultAsync("/im_livechat/visitor_leave_session", new JsonObject { ["uuid"] = session.Uuid }));
}
