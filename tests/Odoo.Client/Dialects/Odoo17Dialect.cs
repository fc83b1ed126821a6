using System.Text.Json;

namespace OdooAspire.Odoo.Client.Dialects;

/// <summary>
/// Odoo 17.0: bus <c>17.0-1</c>; <c>get_session</c> answers the channel's info as one flat dict (<c>id</c>,
/// <c>uuid</c>, <c>guest_token</c>) and a session is left by its <c>uuid</c>.
/// </summary>
internal sealed class Odoo17Dialect : LiveChatDialect
{
    public static Odoo17Dialect Instance { get; } = new();

    public override string ReleasedBusVersion => "17.0-1";

    /// <summary>17.0 routes the web client through /web and an action.</summary>
    public override string DiscussPath => "/web#action=mail.action_discuss";

    public override object PresenceData { get; } = new { inactivity_period = 0, im_status_ids_by_model = new { } };

    public override JsonRpcCall Availability(long livechatChannelId) =>
        new("/im_livechat/init", new { channel_id = livechatChannelId });

    /// <summary>
    /// <c>available_for_me</c> is Python's <c>rule.chatbot or operator_count and ...</c>: <c>true</c>, a chatbot
    /// dict, or the operator count 0.
    /// </summary>
    public override bool IsAvailable(JsonElement? result) =>
        result is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty("available_for_me", out var available) && available.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.Number => available.GetDouble() != 0,
            JsonValueKind.Object => available.EnumerateObject().Any(),
            _ => false,
        };

    public override JsonRpcCall StartSession(long livechatChannelId, string visitorName) =>
        new("/im_livechat/get_session", new { channel_id = livechatChannelId, anonymous_name = visitorName, persisted = true });

    public override LiveChatSession? ReadSession(JsonElement? result) =>
        result is { ValueKind: JsonValueKind.Object } info && IdOf(info, "id") is var channelId and > 0
            ? new LiveChatSession(channelId, GuestIdOfToken(StringOf(info, "guest_token")), StringOf(info, "uuid"))
            : null;

    public override JsonRpcCall LeaveSession(LiveChatSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new("/im_livechat/visitor_leave_session", new { uuid = session.Uuid });
    }

    /// <summary>Adding the guest to the channel sends it <c>discuss.channel/joined</c>, replayed by a first <c>subscribe</c>.</summary>
    public override bool ConfirmsSubscription(BusNotification notification, LiveChatSession session)
    {
        ArgumentNullException.ThrowIfNull(notification);
        ArgumentNullException.ThrowIfNull(session);
        return notification.JoinsChannel(session.ChannelId);
    }
}
