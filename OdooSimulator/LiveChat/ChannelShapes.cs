using System.Text.Json.Nodes;
using OdooAspire.OdooSimulator.Persistence;

namespace OdooAspire.OdooSimulator.LiveChat;

/// <summary>discuss.channel and discuss.channel.member records as Odoo 18 sends them for a livechat.</summary>
internal static class ChannelShapes
{
    public static JsonObject Channel(ChannelRecord channel, int memberCount, long lastBusId, bool forVisitor)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var shape = new JsonObject
        {
            ["allow_public_upload"] = false,
            ["anonymous_country"] = false,
            ["anonymous_name"] = channel.AnonymousName,
            ["authorizedGroupFullName"] = false,
            ["avatarCacheKey"] = "no-avatar",
            ["channel_type"] = channel.ChannelType,
            ["create_uid"] = channel.CreateUid,
            ["custom_channel_name"] = false,
            ["custom_notifications"] = false,
            ["defaultDisplayMode"] = false,
            ["description"] = false,
            ["fetchChannelInfoState"] = "fetched",
            ["from_message_id"] = false,
            ["group_based_subscription"] = false,
            ["group_public_id"] = false,
            ["id"] = channel.Id,
            ["invitedMembers"] = EmptyCommand(),
        };
        if (forVisitor)
        {
            shape["isLoaded"] = true;
        }

        shape["is_editable"] = true;
        shape["is_pinned"] = forVisitor;
        shape["last_interest_dt"] = channel.LastInterestDt is { } dt ? OdooTime.Format(dt) : false;
        if (!forVisitor && channel.LivechatChannelId is { } livechatChannel)
        {
            shape["livechatChannel"] = livechatChannel;
        }

        shape["livechat_active"] = channel.LivechatActive;
        shape["memberCount"] = memberCount;
        shape["message_needaction_counter"] = 0;
        shape["message_needaction_counter_bus_id"] = lastBusId;
        shape["mute_until_dt"] = false;
        shape["name"] = channel.Name;
        shape["operator"] = channel.OperatorPartnerId is { } op ? PersonaShapes.Reference(Persona.Partner(op)) : false;
        shape["parent_channel_id"] = false;
        shape["rtcSessions"] = EmptyCommand();
        if (forVisitor)
        {
            shape["scrollUnread"] = false;
        }

        // Odoo shows the operator a livechat it has not opened yet as "closed" (folded state).
        shape["state"] = forVisitor ? "open" : "closed";
        shape["uuid"] = channel.Uuid;
        return shape;
    }

    public static JsonObject Joined(ChannelRecord channel, int memberCount) => new()
    {
        ["channel"] = new JsonObject
        {
            ["id"] = channel.Id,
            ["allow_public_upload"] = false,
            ["channel_type"] = channel.ChannelType,
            ["create_uid"] = channel.CreateUid,
            ["description"] = false,
            ["last_interest_dt"] = channel.LastInterestDt is { } dt ? OdooTime.Format(dt) : false,
            ["name"] = channel.Name,
            ["uuid"] = channel.Uuid,
            ["authorizedGroupFullName"] = false,
            ["avatarCacheKey"] = "no-avatar",
            ["defaultDisplayMode"] = false,
            ["group_based_subscription"] = false,
            ["memberCount"] = memberCount,
            ["model"] = "discuss.channel",
            ["is_pinned"] = true,
        },
        ["open_chat_window"] = false,
    };

    public static JsonObject Member(MemberRecord member, bool withUnread, long lastBusId, bool? isTyping = null)
    {
        ArgumentNullException.ThrowIfNull(member);
        var shape = new JsonObject
        {
            ["create_date"] = OdooTime.Format(member.CreateDate),
            ["fetched_message_id"] = member.FetchedMessageId is { } fetched ? fetched : false,
            ["id"] = member.Id,
        };
        if (isTyping is { } typing)
        {
            shape["isTyping"] = typing;
        }

        shape["is_bot"] = false;
        if (isTyping is not null)
        {
            shape["is_typing_dt"] = member.IsTypingDt is { } typingDt ? OdooTime.Format(typingDt) : false;
        }

        if (withUnread)
        {
            shape["last_interest_dt"] = OdooTime.Format(member.LastInterestDt);
        }

        shape["last_seen_dt"] = member.LastSeenDt is { } seen ? OdooTime.Format(seen) : false;
        if (withUnread)
        {
            shape["message_unread_counter"] = 0;
            shape["message_unread_counter_bus_id"] = lastBusId;
            shape["new_message_separator"] = 0;
        }

        shape["persona"] = PersonaShapes.Reference(member.Persona);
        shape["seen_message_id"] = member.SeenMessageId is { } seenId ? seenId : false;
        shape["thread"] = Thread(member.ChannelId);
        return shape;
    }

    /// <summary>The unread counter update Odoo sends to the author's own channel after a post.</summary>
    public static JsonObject UnreadSync(MemberRecord member, long lastBusId, int messageId) => new()
    {
        ["id"] = member.Id,
        ["is_bot"] = false,
        ["message_unread_counter"] = 0,
        ["message_unread_counter_bus_id"] = lastBusId,
        ["new_message_separator"] = messageId + 1,
        ["persona"] = PersonaShapes.Reference(member.Persona),
        ["syncUnread"] = true,
        ["thread"] = Thread(member.ChannelId),
    };

    public static JsonObject Thread(int channelId) => new() { ["id"] = channelId, ["model"] = "discuss.channel" };

    private static JsonArray EmptyCommand() => new(new JsonArray("ADD", new JsonArray()));
}
