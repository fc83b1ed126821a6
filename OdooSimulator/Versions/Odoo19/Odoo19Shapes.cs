using System.Text.Json.Nodes;
using OdooAspire.OdooSimulator.LiveChat;
using OdooAspire.OdooSimulator.Persistence;

namespace OdooAspire.OdooSimulator.Versions.Odoo19;

/// <summary>
/// Odoo 19.0's store records for a livechat: relations are ids (a channel is <c>{"id", "model"}</c>), HTML is
/// <c>["markup", html]</c>, members name their persona by <c>partner_id</c> / <c>guest_id</c>.
/// </summary>
internal static class Odoo19Shapes
{
    public const string Channel = "discuss.channel";
    public const string Member = "discuss.channel.member";
    public const string Guest = "mail.guest";
    public const string Partner = "res.partner";
    public const string User = "res.users";

    public static JsonObject ThreadReference(int channelId) => new() { ["id"] = channelId, ["model"] = Channel };

    /// <summary>A <c>[["ADD", [..]]]</c> relation command.</summary>
    public static JsonArray Add(params JsonNode[] ids) => new(new JsonArray("ADD", new JsonArray(ids)));

    /// <summary>The global values every session starts with (<c>_init_store_data</c>), for a visitor or a user.</summary>
    public static Odoo19Store InitData(Odoo19Store store, PartnerRecord bot, bool hasAccessLivechat)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(bot);
        store.Global("action_discuss_id", 121)
            .Global("channel_types_with_seen_infos", new JsonArray("chat", "group", "livechat"))
            .Global("hasCannedResponses", false)
            .Global("hasGifPickerFeature", false)
            .Global("hasLinkPreviewFeature", true)
            .Global("hasMessageTranslationFeature", false)
            .Global("has_access_livechat", hasAccessLivechat)
            .Global("internalUserGroupId", 1)
            .Global("mt_comment", 1)
            .Global("mt_note", 2)
            .Global("odoobot", bot.Id);
        store.Add(Partner, new JsonObject
        {
            ["active"] = false,
            ["avatar_128_access_token"] = Odoo19AccessToken.For("avatar_128", Partner, bot.Id),
            ["id"] = bot.Id,
            ["im_status"] = "bot",
            ["im_status_access_token"] = Odoo19AccessToken.For("im_status", Partner, bot.Id),
            ["is_company"] = false,
            ["main_user_id"] = bot.UserId is { } uid ? uid : false,
            ["name"] = bot.Name,
            ["write_date"] = OdooTime.Format(bot.WriteDate),
        });
        return bot.UserId is { } botUser ? store.Add(User, new JsonObject { ["id"] = botUser, ["share"] = false }) : store;
    }

    /// <summary>
    /// The livechat and all its members. <paramref name="self"/> is the member of whoever the store is for (its
    /// private counters are added); <paramref name="forInternalUser"/> adds what only internal users see.
    /// </summary>
    public static void AddLivechat(Odoo19Store store, LiveChatSession session, MemberRecord self, bool forInternalUser)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(self);
        var channel = session.Channel;
        var shape = new JsonObject
        {
            ["channel_type"] = channel.ChannelType,
            ["country_id"] = false,
            ["create_uid"] = channel.CreateUid,
            ["default_display_mode"] = false,
            ["fetchChannelInfoState"] = "fetched",
            ["id"] = channel.Id,
            ["invited_member_ids"] = Add(),
            ["is_editable"] = false,
            // Odoo 19 stamps a new livechat's last_interest_dt at creation (the simulator's column waits for a message).
            ["last_interest_dt"] = OdooTime.Format(channel.LastInterestDt ?? session.OperatorMember.CreateDate),
            ["livechat_end_dt"] = false,
            ["livechat_operator_id"] = session.Operator.Id,
            ["member_count"] = 2,
            ["message_needaction_counter"] = 0,
            ["message_needaction_counter_bus_id"] = session.LastBusId,
            ["name"] = channel.Name,
            ["rtc_session_ids"] = Add(),
            ["uuid"] = channel.Uuid,
        };
        if (forInternalUser)
        {
            shape["description"] = false;
            shape["livechat_channel_id"] = session.LivechatChannelId;
            shape["livechat_conversation_tag_ids"] = new JsonArray();
            shape["livechat_expertise_ids"] = new JsonArray();
            shape["livechat_note"] = false;
            shape["livechat_outcome"] = "no_answer";
            shape["livechat_status"] = "in_progress";
            store.Add("im_livechat.channel", new JsonObject { ["id"] = session.LivechatChannelId, ["name"] = session.LivechatChannelName });
        }

        store.Add(Channel, shape);
        foreach (var member in new[] { session.OperatorMember, session.GuestMember }.OrderBy(m => m.Id))
        {
            var values = MemberValues(member);
            if (member.Id == self.Id)
            {
                values["custom_channel_name"] = false;
                values["custom_notifications"] = false;
                values["last_interest_dt"] = OdooTime.Format(member.LastInterestDt);
                values["message_unread_counter"] = 0;
                values["message_unread_counter_bus_id"] = session.LastBusId;
                values["mute_until_dt"] = false;
                values["new_message_separator"] = 0;
                values["rtc_inviting_session_id"] = false;
                values["unpin_dt"] = false;
            }

            store.Add(Member, values);
        }

        AddLivechatGuest(store, session.Guest, session.GuestStatus);
        AddLivechatPartner(store, session.Operator, "online");
    }

    /// <summary>A member's default fields (<c>_to_store_defaults</c> with im_livechat's member type).</summary>
    public static JsonObject MemberValues(MemberRecord member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var values = new JsonObject
        {
            ["channel_id"] = ThreadReference(member.ChannelId),
            ["create_date"] = OdooTime.Format(member.CreateDate),
            ["fetched_message_id"] = member.FetchedMessageId is { } fetched ? fetched : false,
            ["id"] = member.Id,
            ["last_seen_dt"] = member.LastSeenDt is { } seen ? OdooTime.Format(seen) : false,
            ["livechat_member_type"] = member.Persona.IsGuest ? "visitor" : "agent",
            ["seen_message_id"] = member.SeenMessageId is { } seenId ? seenId : false,
        };
        values[member.Persona.IsGuest ? "guest_id" : "partner_id"] = member.Persona.Id;
        return values;
    }

    /// <summary>A guest as livechat members show it.</summary>
    public static void AddLivechatGuest(Odoo19Store store, GuestRecord guest, string imStatus)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(guest);
        store.Add(Guest, new JsonObject
        {
            ["avatar_128_access_token"] = Odoo19AccessToken.For("avatar_128", Guest, guest.Id),
            ["country_id"] = false,
            ["id"] = guest.Id,
            ["im_status"] = imStatus,
            ["im_status_access_token"] = Odoo19AccessToken.For("im_status", Guest, guest.Id),
            ["name"] = guest.Name,
            ["offline_since"] = false,
            ["write_date"] = OdooTime.Format(guest.WriteDate),
        });
    }

    /// <summary>A guest with its default fields (avatar, presence, name), as <c>self_guest</c> names it.</summary>
    public static void AddGuest(Odoo19Store store, GuestRecord guest, string imStatus)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(guest);
        store.Add(Guest, new JsonObject
        {
            ["avatar_128_access_token"] = Odoo19AccessToken.For("avatar_128", Guest, guest.Id),
            ["id"] = guest.Id,
            ["im_status"] = imStatus,
            ["im_status_access_token"] = Odoo19AccessToken.For("im_status", Guest, guest.Id),
            ["name"] = guest.Name,
            ["write_date"] = OdooTime.Format(guest.WriteDate),
        });
    }

    /// <summary>A partner as livechat members show it (with the mention token of Odoo's persona fields).</summary>
    public static void AddLivechatPartner(Odoo19Store store, PartnerRecord partner, string imStatus)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(partner);
        store.Add(Partner, new JsonObject
        {
            ["active"] = partner.Active,
            ["avatar_128_access_token"] = Odoo19AccessToken.For("avatar_128", Partner, partner.Id),
            ["country_id"] = false,
            ["id"] = partner.Id,
            ["im_status"] = imStatus,
            ["im_status_access_token"] = Odoo19AccessToken.For("im_status", Partner, partner.Id),
            ["is_public"] = false,
            ["mention_token"] = Odoo19AccessToken.For("mention", Partner, partner.Id),
            ["name"] = partner.Name,
            ["user_livechat_username"] = false,
            ["write_date"] = OdooTime.Format(partner.WriteDate),
        });
    }

    /// <summary>
    /// A posted message, its thread, subtype and author. <paramref name="forAuthor"/>: the post answer, which adds
    /// the fields only the current user gets.
    /// </summary>
    public static void AddMessage(
        Odoo19Store store, MessageRecord message, ChannelRecord channel, GuestRecord? authorGuest, PartnerRecord? authorPartner, bool forAuthor)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(channel);
        store.Add("mail.thread", new JsonObject
        {
            ["display_name"] = channel.Name,
            ["id"] = channel.Id,
            ["model"] = Channel,
            ["module_icon"] = "/mail/static/description/icon.png",
        });
        var date = OdooTime.Format(message.CreateDate);
        var shape = new JsonObject
        {
            ["attachment_ids"] = new JsonArray(),
            ["author_guest_id"] = authorGuest is not null ? authorGuest.Id : false,
            ["author_id"] = authorPartner is not null ? authorPartner.Id : false,
            ["body"] = new JsonArray("markup", message.Body),
            ["create_date"] = date,
            ["date"] = date,
            ["default_subject"] = channel.Name,
            ["id"] = message.Id,
            ["incoming_email_cc"] = false,
            ["incoming_email_to"] = false,
            ["linked_message_ids"] = new JsonArray(),
            ["message_link_preview_ids"] = new JsonArray(),
            ["message_type"] = message.MessageType,
            ["model"] = message.Model,
            ["partner_ids"] = new JsonArray(),
            ["pinned_at"] = false,
            ["reactions"] = new JsonArray(),
            ["record_name"] = channel.Name,
            ["res_id"] = message.ResId,
            ["scheduledDatetime"] = false,
            ["subject"] = false,
            ["subtype_id"] = 1,
            ["thread"] = ThreadReference(message.ResId),
            ["write_date"] = date,
        };
        if (forAuthor)
        {
            shape["needaction"] = false;
            shape["starred"] = false;
            shape["trackingValues"] = new JsonArray();
        }

        store.Add("mail.message", shape);
        store.Add("mail.message.subtype", new JsonObject { ["description"] = false, ["id"] = 1 });
        if (authorGuest is not null)
        {
            store.Add(Guest, new JsonObject
            {
                ["avatar_128_access_token"] = Odoo19AccessToken.For("avatar_128", Guest, authorGuest.Id),
                ["id"] = authorGuest.Id,
                ["name"] = authorGuest.Name,
                ["write_date"] = OdooTime.Format(authorGuest.WriteDate),
            });
        }
        else if (authorPartner is not null)
        {
            store.Add(Partner, new JsonObject
            {
                ["avatar_128_access_token"] = Odoo19AccessToken.For("avatar_128", Partner, authorPartner.Id),
                ["id"] = authorPartner.Id,
                ["is_company"] = false,
                ["main_user_id"] = authorPartner.UserId is { } uid ? uid : false,
                ["name"] = authorPartner.Name,
                ["user_livechat_username"] = false,
                ["write_date"] = OdooTime.Format(authorPartner.WriteDate),
            });
            if (authorPartner.UserId is { } user)
            {
                store.Add(User, new JsonObject { ["id"] = user, ["share"] = false });
            }
        }
    }
}
