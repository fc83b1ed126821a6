using System.Text.Json;

namespace OdooAspire.Odoo.Client.Dialects;

/// <summary>
/// Odoo 18.0: bus <c>18.0-5</c>; <c>get_session</c> answers a store dict (<c>discuss.channel</c> list, the guest
/// in <c>Store.self</c>) and a session is left by its channel id.
/// </summary>
internal sealed class Odoo18Dialect : LiveChatDialect
{
    public static Odoo18Dialect Instance { get; } = new();

    public override string ReleasedBusVersion => "18.0-5";

    /// <summary>18.0 gave the web client readable URLs under /odoo.</summary>
    public override string DiscussPath => "/odoo/discuss";

    public override object PresenceData { get; } = new { inactivity_period = 0, im_status_ids_by_model = new { } };

    public override JsonRpcCall Availability(long livechatChannelId) =>
        new("/im_livechat/init", new { channel_id = livechatChannelId });

    public override bool IsAvailable(JsonElement? result) =>
        result is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty("available_for_me", out var available)
        && available.ValueKind == JsonValueKind.True;

    public override JsonRpcCall StartSession(long livechatChannelId, string visitorName) =>
        new("/im_livechat/get_session", new { channel_id = livechatChannelId, anonymous_name = visitorName, persisted = true });

    public override LiveChatSession? ReadSession(JsonElement? result)
    {
        if (result is not { ValueKind: JsonValueKind.Object } store
            || !store.TryGetProperty("discuss.channel", out var channels) || channels.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var channel = channels.EnumerateArray().FirstOrDefault(c => StringOf(c, "channel_type") == "livechat");
        var channelId = IdOf(channel.ValueKind == JsonValueKind.Object ? channel : channels.EnumerateArray().FirstOrDefault(), "id");
        if (channelId == 0)
        {
            return null;
        }

        var header = store.TryGetProperty("Store", out var h) ? h : default;
        var self = header.ValueKind == JsonValueKind.Object && header.TryGetProperty("self", out var s) ? s : default;
        var guestId = StringOf(self, "type") == "guest" ? IdOf(self, "id") : GuestIdOfToken(StringOf(header, "guest_token"));
        return new LiveChatSession(channelId, guestId, null);
    }

    public override JsonRpcCall LeaveSession(LiveChatSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new("/im_livechat/visitor_leave_session", new { channel_id = session.ChannelId });
    }

    /// <summary>Adding the guest to the channel sends it <c>discuss.channel/joined</c>, replayed by a first <c>subscribe</c>.</summary>
    public override bool ConfirmsSubscription(BusNotification notification, LiveChatSession session)
    {
        ArgumentNullException.ThrowIfNull(notification);
        ArgumentNullException.ThrowIfNull(session);
        return notification.JoinsChannel(session.ChannelId);
    }
}
