using System.Text.Json.Nodes;
using OdooAspire.OdooSimulator.Bus;
using OdooAspire.OdooSimulator.Http;
using OdooAspire.OdooSimulator.LiveChat;
using OdooAspire.OdooSimulator.Persistence;

namespace OdooAspire.OdooSimulator.Versions.Odoo17;

/// <summary>
/// Odoo 17.0: flat dicts (<c>_channel_info</c>) instead of stores, <c>mail.record/insert</c> payloads keyed by the
/// JS model (<c>Thread</c>, <c>ChannelMember</c>), <c>new_message</c> under <c>message</c>, typing as
/// <c>discuss.channel.member/typing_status</c>, and the visitor leaving by <c>uuid</c>.
/// </summary>
internal sealed class Odoo17Dialect : ILiveChatDialect
{
    private const string Insert = "mail.record/insert";

    public string AvailabilityPath => "/im_livechat/init";

    public int? RequestedLivechatChannel(JsonRpcContext call) => call.Required<int>("channel_id");

    public JsonNode AvailabilityResult(OperatorAvailability availability) => new JsonObject
    {
        ["odoo_version"] = "17.0",
        // 17.0 answers "operators available and no rule hides the button": True, or the operator count 0 when none is.
        ["available_for_me"] = availability.Available == true ? JsonValue.Create(true) : JsonValue.Create(0),
        ["rule"] = new JsonObject(),
    };

    public string VisitorName(JsonRpcContext call) => call.Required<string>("anonymous_name");

    public JsonNode? NoSession(bool livechatChannelExists) => false;

    public JsonNode SessionResult(LiveChatSession session)
    {
        var info = Odoo17Shapes.ChannelInfo(session, session.GuestMember, selfIsPinned: true);
        info["guest_token"] = session.Guest.CookieValue;
        return info;
    }

    public IReadOnlyList<BusNotification> SessionNotifications(LiveChatSession session)
    {
        var channel = session.Channel;
        return
        [
            new(session.Bus.Guest(session.Guest.Id), "discuss.channel/joined", new JsonObject
            {
                ["channel"] = Odoo17Shapes.ChannelInfo(session, session.GuestMember, selfIsPinned: true),
            }),
            new(session.Bus.DiscussChannel(channel.Id), Insert, new JsonObject
            {
                ["Thread"] = new JsonObject
                {
                    ["channelMembers"] = Odoo17Shapes.Add(Odoo17Shapes.Member(session.GuestMember, session)),
                    ["id"] = channel.Id,
                    ["memberCount"] = 2,
                    ["model"] = "discuss.channel",
                },
            }),

            // The operator's member is created unpinned; the web client opens the chat from this header.
            new(session.Bus.Partner(session.Operator.Id), Insert, new JsonObject
            {
                ["Thread"] = Odoo17Shapes.ChannelInfo(session, session.OperatorMember, selfIsPinned: false),
            }),
        ];
    }

    public JsonNode TemporarySessionResult(TemporarySession session) => new JsonObject
    {
        ["name"] = session.ChannelName,
        ["chatbot_current_step_id"] = false,
        ["state"] = "open",
        ["operator_pid"] = new JsonArray(session.Operator.Id, session.Operator.Name),
        ["chatbot_script_id"] = null,
    };

    // 17 finds the channel by uuid alone (sudo): knowing the uuid is the visitor's right to close it.
    public Task<ChannelRecord?> FindLeavingChannelAsync(JsonRpcContext call) =>
        DiscussChannelStore.FindByUuidAsync(call.Scope, call.Required<string>("uuid"), call.Aborted);

    public IReadOnlyList<BusNotification> LeaveNotifications(ClosedSession closed) =>
        closed.LeaveMessage is { } message
            ? MessageNotifications(closed.Bus, closed.Channel, closed.ClosedAt, Odoo17Shapes.Message(message, closed.Channel, null, closed.Bot))
            : [];

    public JsonNode PostResult(PostedMessage posted) =>
        Odoo17Shapes.Message(posted.Message, posted.Channel, posted.AuthorGuest, posted.AuthorPartner);

    public IReadOnlyList<BusNotification> PostNotifications(PostedMessage posted)
    {
        // The author has now seen its own message: itself, then the channel (livechat shares seen infos), hear it first.
        var persona = new JsonObject { ["id"] = posted.Member.Persona.Id, ["type"] = posted.Member.Persona.Type };
        var seen = new JsonObject { ["id"] = posted.Message.Id };
        var channelId = posted.Channel.Id;
        return
        [
            new(posted.Bus.Of(posted.Member.Persona), Insert, new JsonObject
            {
                ["ChannelMember"] = new JsonObject
                {
                    ["id"] = posted.Member.Id,
                    ["persona"] = persona.DeepClone(),
                    ["lastSeenMessage"] = seen.DeepClone(),
                    ["thread"] = new JsonObject
                    {
                        ["id"] = channelId,
                        ["message_unread_counter"] = 0,
                        ["message_unread_counter_bus_id"] = posted.LastBusId,
                        ["model"] = "discuss.channel",
                        ["seen_message_id"] = posted.Message.Id,
                    },
                },
            }),
            new(posted.Bus.DiscussChannel(channelId), Insert, new JsonObject
            {
                ["ChannelMember"] = new JsonObject { ["id"] = posted.Member.Id, ["persona"] = persona, ["lastSeenMessage"] = seen },
            }),
            .. MessageNotifications(
                posted.Bus,
                posted.Channel,
                posted.Interest,
                Odoo17Shapes.Message(posted.Message, posted.Channel, posted.AuthorGuest, posted.AuthorPartner)),
        ];
    }

    public IReadOnlyList<BusNotification> TypingNotifications(TypingMember typing)
    {
        var persona = typing.Guest is { } guest ? Odoo17Shapes.Guest(guest, typing.ImStatus) : Odoo17Shapes.Partner(typing.Partner!);
        var member = Odoo17Shapes.Member(typing.Member, persona);
        member["isTyping"] = typing.IsTyping;

        // Odoo 17 also sends it on the channel's uuid, a named channel livechat visitors may subscribe to.
        return
        [
            new(typing.Bus.DiscussChannel(typing.Channel.Id), "discuss.channel.member/typing_status", member),
            new(BusChannels.Named(typing.Channel.Uuid), "discuss.channel.member/typing_status", member.DeepClone()),
        ];
    }

    public JsonObject? SessionStoreData(PartnerRecord partner, PartnerRecord bot) => null;

    private static List<BusNotification> MessageNotifications(BusChannels bus, ChannelRecord channel, DateTime interest, JsonObject message)
    {
        var channelBus = bus.DiscussChannel(channel.Id);
        return
        [
            new(channelBus, Insert, new JsonObject
            {
                ["Thread"] = new JsonObject { ["id"] = channel.Id, ["is_pinned"] = true, ["model"] = "discuss.channel" },
            }),
            new(channelBus, "discuss.channel/last_interest_dt_changed", new JsonObject
            {
                ["id"] = channel.Id,
                ["last_interest_dt"] = OdooTime.Format(interest),
            }),
            new(channelBus, "discuss.channel/new_message", new JsonObject { ["id"] = channel.Id, ["message"] = message }),
        ];
    }
}
