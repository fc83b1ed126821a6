using System.Text.Json.Nodes;
using OdooAspire.OdooSimulator.LiveChat;
using OdooAspire.OdooSimulator.Persistence;

namespace OdooAspire.OdooSimulator.Versions.Odoo17;

/// <summary>
/// Odoo 17.0's flat dicts: <c>_channel_info</c>, <c>_discuss_channel_member_format</c> and <c>message_format</c>
/// of a livechat, keys in Odoo's insertion order.
/// </summary>
internal static class Odoo17Shapes
{
    private const string DiscussChannel = "discuss.channel";

    /// <summary>The channel header as <paramref name="self"/> (the guest or the operator) sees it.</summary>
    public static JsonObject ChannelInfo(LiveChatSession session, MemberRecord self, bool selfIsPinned)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(self);
        var channel = session.Channel;
        var members = new[] { session.OperatorMember, session.GuestMember };
        return new JsonObject
        {
            ["avatarCacheKey"] = "no-avatar",
            ["channel_type"] = channel.ChannelType,
            ["memberCount"] = members.Length,
            ["id"] = channel.Id,
            ["name"] = channel.Name,
            ["defaultDisplayMode"] = false,
            ["description"] = false,
            ["uuid"] = channel.Uuid,
            ["group_based_subscription"] = false,
            ["create_uid"] = channel.CreateUid,
            ["authorizedGroupFullName"] = false,
            ["allow_public_upload"] = false,
            ["model"] = DiscussChannel,
            ["is_editable"] = false,
            ["message_needaction_counter"] = 0,
            ["channelMembers"] = Add(members.Select(m => Member(m, session)).ToArray()),
            ["state"] = "open",
            ["message_unread_counter"] = 0,
            ["message_unread_counter_bus_id"] = session.LastBusId,
            ["is_minimized"] = false,
            ["custom_notifications"] = false,
            ["mute_until_dt"] = false,
            ["seen_message_id"] = self.SeenMessageId is { } seen ? seen : false,
            ["custom_channel_name"] = false,
            ["is_pinned"] = selfIsPinned,
            ["last_interest_dt"] = OdooTime.Format(self.LastInterestDt),
            ["seen_partners_info"] = new JsonArray(members.OrderBy(m => m.Persona.Id).Select(SeenInfo).ToArray()),
            ["invitedMembers"] = Add(),
            ["rtcSessions"] = Add(),
            ["anonymous_name"] = channel.AnonymousName is { } anonymous ? anonymous : false,
            ["anonymous_country"] = false,
            ["operator_pid"] = new JsonArray(session.Operator.Id, session.Operator.Name),
        };
    }

    public static JsonObject Member(MemberRecord member, LiveChatSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return Member(member, member.Persona.IsGuest ? Guest(session.Guest, session.GuestStatus) : Partner(session.Operator));
    }

    public static JsonObject Member(MemberRecord member, JsonObject persona)
    {
        ArgumentNullException.ThrowIfNull(member);
        return new JsonObject
        {
            ["id"] = member.Id,
            ["thread"] = Thread(member.ChannelId),
            ["persona"] = persona,
            ["create_date"] = OdooTime.Format(member.CreateDate),
        };
    }

    /// <summary>A partner as livechat members show it (im_livechat's <c>_get_partner_data</c>).</summary>
    public static JsonObject Partner(PartnerRecord partner)
    {
        ArgumentNullException.ThrowIfNull(partner);
        return new JsonObject
        {
            ["active"] = partner.Active,
            ["id"] = partner.Id,
            ["is_public"] = false,
            ["is_bot"] = false,
            ["name"] = partner.Name,
            ["country"] = false,
            ["type"] = "partner",
        };
    }

    public static JsonObject Guest(GuestRecord guest, string? imStatus)
    {
        ArgumentNullException.ThrowIfNull(guest);
        return new JsonObject
        {
            ["id"] = guest.Id,
            ["name"] = guest.Name,
            ["im_status"] = imStatus ?? "offline",
            ["write_date"] = OdooTime.Format(guest.WriteDate),
            ["type"] = "guest",
        };
    }

    /// <summary><c>message_format()</c> of a message in a livechat, written by <paramref name="authorGuest"/> or <paramref name="authorPartner"/>.</summary>
    public static JsonObject Message(MessageRecord message, ChannelRecord channel, GuestRecord? authorGuest, PartnerRecord? authorPartner)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(channel);
        var date = OdooTime.Format(message.CreateDate);
        var shape = new JsonObject
        {
            ["id"] = message.Id,
            ["body"] = message.Body,
            ["date"] = date,
        };

        // im_livechat drops email_from when a partner wrote the message.
        if (authorGuest is not null)
        {
            shape["email_from"] = false;
        }

        shape["message_type"] = message.MessageType;
        shape["subtype_id"] = new JsonArray(1, "Discussions");
        shape["subject"] = false;
        shape["model"] = message.Model;
        shape["res_id"] = message.ResId;
        shape["record_name"] = channel.Name;
        shape["starred_partner_ids"] = new JsonArray();
        shape["author"] = authorGuest is not null
            ? new JsonObject { ["id"] = authorGuest.Id, ["name"] = authorGuest.Name, ["type"] = "guest" }
            : Author(authorPartner!);
        shape["default_subject"] = channel.Name;
        shape["notifications"] = new JsonArray();
        shape["attachments"] = new JsonArray();
        shape["trackingValues"] = new JsonArray();
        shape["linkPreviews"] = new JsonArray();
        shape["reactions"] = new JsonArray();
        shape["pinned_at"] = false;
        shape["create_date"] = date;
        shape["write_date"] = date;
        shape["needaction_partner_ids"] = new JsonArray();
        shape["history_partner_ids"] = new JsonArray();
        shape["is_note"] = false;
        shape["is_discussion"] = true;
        shape["subtype_description"] = false;
        shape["recipients"] = new JsonArray();
        shape["scheduledDatetime"] = false;
        shape["module_icon"] = "/mail/static/description/icon.png";
        return shape;
    }

    public static JsonObject Thread(int channelId) => new() { ["id"] = channelId, ["model"] = DiscussChannel };

    /// <summary>A <c>[["ADD", [..]]]</c> relation command.</summary>
    public static JsonArray Add(params JsonNode[] records) => new(new JsonArray("ADD", new JsonArray(records)));

    private static JsonObject Author(PartnerRecord partner) => new()
    {
        ["id"] = partner.Id,
        ["name"] = partner.Name,
        ["is_company"] = false,
        ["user"] = partner.UserId is { } uid ? new JsonObject { ["id"] = uid, ["isInternalUser"] = true } : false,
        ["type"] = "partner",
    };

    private static JsonObject SeenInfo(MemberRecord member) => new()
    {
        ["id"] = member.Id,
        [member.Persona.IsGuest ? "guest_id" : "partner_id"] = member.Persona.Id,
        ["fetched_message_id"] = member.FetchedMessageId is { } fetched ? fetched : false,
        ["seen_message_id"] = member.SeenMessageId is { } seen ? seen : false,
    };
}
