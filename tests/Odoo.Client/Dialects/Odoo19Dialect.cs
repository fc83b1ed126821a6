using System.Text.Json;

namespace OdooAspire.Odoo.Client.Dialects;

/// <summary>
/// Odoo 19.0: bus <c>19.0-2</c> (it changes within the series); <c>update_presence</c> takes only
/// <c>inactivity_period</c>; <c>/im_livechat/init</c> is gone (availability is <c>init_livechat</c> of
/// <c>/mail/action</c>); <c>get_session</c> takes no <c>anonymous_name</c> and answers <c>{store_data, channel_id}</c>;
/// the guest joins the channel as it is created, so no <c>discuss.channel/joined</c> comes.
/// </summary>
internal sealed class Odoo19Dialect : LiveChatDialect
{
    public static Odoo19Dialect Instance { get; } = new();

    public override string ReleasedBusVersion => "19.0-2";

    public override string DiscussPath => "/odoo/discuss";

    public override object PresenceData { get; } = new { inactivity_period = 0 };

    public override JsonRpcCall Availability(long livechatChannelId) =>
        new("/mail/action", new { fetch_params = new object[] { new object[] { "init_livechat", livechatChannelId } } });

    /// <summary>The store's global <c>Store.livechat_available</c>, absent when the livechat channel does not exist.</summary>
    public override bool IsAvailable(JsonElement? result) =>
        result is { ValueKind: JsonValueKind.Object } store && store.TryGetProperty("Store", out var header)
        && header.ValueKind == JsonValueKind.Object && header.TryGetProperty("livechat_available", out var available)
        && available.ValueKind == JsonValueKind.True;

    /// <summary>The visitor's name is its guest's ("Visitor" until renamed): 19.0 dropped <c>anonymous_name</c>.</summary>
    public override JsonRpcCall StartSession(long livechatChannelId, string visitorName) =>
        new("/im_livechat/get_session", new { channel_id = livechatChannelId, persisted = true });

    public override LiveChatSession? ReadSession(JsonElement? result)
    {
        if (result is not { ValueKind: JsonValueKind.Object } answer || IdOf(answer, "channel_id") is not (var channelId and > 0))
        {
            return null;
        }

        var header = answer.TryGetProperty("store_data", out var store) && store.ValueKind == JsonValueKind.Object
            && store.TryGetProperty("Store", out var h) ? h : default;
        var guestId = IdOf(header, "self_guest") is var id and > 0 ? id : GuestIdOfToken(StringOf(header, "guest_token"));
        return new LiveChatSession(channelId, guestId, null);
    }

    public override JsonRpcCall LeaveSession(LiveChatSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new("/im_livechat/visitor_leave_session", new { channel_id = session.ChannelId });
    }

    /// <summary>
    /// The guest's first <c>update_presence</c> creates its presence, announced to its own socket
    /// (<c>bus.bus/im_status_updated</c> on the guest's presence channel, which every guest socket subscribes to);
    /// a <c>discuss.channel/joined</c> of the channel (an invitation) says as much.
    /// </summary>
    public override bool ConfirmsSubscription(BusNotification notification, LiveChatSession session)
    {
        ArgumentNullException.ThrowIfNull(notification);
        ArgumentNullException.ThrowIfNull(session);
        return notification.JoinsChannel(session.ChannelId) || notification.ReportsPresenceOfGuest(session.GuestId);
    }
}
