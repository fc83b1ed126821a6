using System.Text.Json.Nodes;
using OdooAspire.OdooSimulator.Bus;
using OdooAspire.OdooSimulator.Http;
using OdooAspire.OdooSimulator.LiveChat;
using OdooAspire.OdooSimulator.Persistence;

namespace OdooAspire.OdooSimulator.Versions.Odoo18;

/// <summary>
/// Odoo 18.0: store dicts (<c>{"Store": .., "discuss.channel": [..]}</c>) in answers and in <c>mail.record/insert</c>,
/// <c>new_message</c> under <c>data</c>, typing as a member insert with <c>thread</c>; shapes as in the transcript.
/// </summary>
internal sealed class Odoo18Dialect : ILiveChatDialect
{
    public string AvailabilityPath => "/im_livechat/init";

    public int? RequestedLivechatChannel(JsonRpcContext call) => call.Required<int>("channel_id");

    public JsonNode AvailabilityResult(OperatorAvailability availability) => new JsonObject
    {
        ["available_for_me"] = availability.Available == true,
        ["rule"] = new JsonObject(),
        ["storeData"] = new JsonObject
        {
            ["Store"] = StoreHeader.Create(hasAccessLivechat: false),
            ["res.partner"] = new JsonArray(PersonaShapes.OdooBot(availability.Bot)),
        },
    };

    public string VisitorName(JsonRpcContext call) => call.Required<string>("anonymous_name");

    public JsonNode? NoSession(bool livechatChannelExists) => false;

    public JsonNode SessionResult(LiveChatSession session)
    {
        var store = StoreHeader.Create(hasAccessLivechat: false);
        store["guest_token"] = session.Guest.CookieValue;
        store["self"] = PersonaShapes.Reference(Persona.Guest(session.Guest.Id));
        return new JsonObject
        {
            ["Store"] = store,
            ["discuss.channel"] = new JsonArray(ChannelShapes.Channel(session.Channel, 2, session.LastBusId, forVisitor: true)),
            ["discuss.channel.member"] = new JsonArray(
                ChannelShapes.Member(session.GuestMember, true, session.LastBusId), ChannelShapes.Member(session.OperatorMember, false, session.LastBusId)),
            ["mail.guest"] = new JsonArray(PersonaShapes.Guest(session.Guest, session.GuestStatus)),
            ["res.partner"] = new JsonArray(PersonaShapes.PartnerInChannel(session.Operator), PersonaShapes.OdooBot(session.Bot)),
        };
    }

    public IReadOnlyList<BusNotification> SessionNotifications(LiveChatSession session)
    {
        var (bus, channel, lastBusId) = (session.Bus, session.Channel, session.LastBusId);
        return
        [
            new(bus.Guest(session.Guest.Id), "discuss.channel/joined", ChannelShapes.Joined(channel, 2)),
            new(bus.DiscussChannel(channel.Id), "mail.record/insert", new JsonObject
            {
                ["discuss.channel"] = new JsonArray(new JsonObject { ["id"] = channel.Id, ["memberCount"] = 2 }),
                ["discuss.channel.member"] = new JsonArray(ChannelShapes.Member(session.GuestMember, false, lastBusId)),
                ["mail.guest"] = new JsonArray(PersonaShapes.Guest(session.Guest, session.GuestStatus)),
            }),
            new(bus.Partner(session.Operator.Id), "mail.record/insert", new JsonObject
            {
                ["discuss.channel"] = new JsonArray(ChannelShapes.Channel(channel, 2, lastBusId, forVisitor: false)),
                ["discuss.channel.member"] = new JsonArray(
                    ChannelShapes.Member(session.OperatorMember, true, lastBusId), ChannelShapes.Member(session.GuestMember, false, lastBusId)),
                ["im_livechat.channel"] = new JsonArray(new JsonObject { ["id"] = session.LivechatChannelId, ["name"] = session.LivechatChannelName }),
                ["mail.guest"] = new JsonArray(PersonaShapes.Guest(session.Guest, session.GuestStatus)),
                ["res.partner"] = new JsonArray(PersonaShapes.PartnerInChannel(session.Operator)),
            }),
        ];
    }

    public JsonNode TemporarySessionResult(TemporarySession session) => new JsonObject
    {
        ["Store"] = StoreHeader.Create(hasAccessLivechat: false),
        ["discuss.channel"] = new JsonArray(new JsonObject
        {
            ["channel_type"] = "livechat",
            ["chatbot"] = null,
            ["id"] = -1,
            ["isLoaded"] = true,
            ["livechat_active"] = true,
            ["name"] = session.ChannelName,
            ["operator"] = PersonaShapes.Reference(Persona.Partner(session.Operator.Id)),
            ["scrollUnread"] = false,
            ["state"] = "open",
        }),
        ["res.partner"] = new JsonArray(PersonaShapes.PartnerInChannel(session.Operator), PersonaShapes.OdooBot(session.Bot)),
    };

    public Task<ChannelRecord?> FindLeavingChannelAsync(JsonRpcContext call) => ChannelAccess.AsMemberAsync(call, call.Required<int>("channel_id"));

    public IReadOnlyList<BusNotification> LeaveNotifications(ClosedSession closed)
    {
        if (closed.LeaveMessage is not { } message)
        {
            return [];
        }

        var channelBus = closed.Bus.DiscussChannel(closed.Channel.Id);
        return
        [
            new(channelBus, "mail.record/insert", new JsonObject
            {
                ["discuss.channel"] = new JsonArray(new JsonObject { ["id"] = closed.Channel.Id, ["is_pinned"] = true }),
            }),
            new(channelBus, "discuss.channel/new_message", new JsonObject
            {
                ["data"] = new JsonObject
                {
                    ["mail.message"] = new JsonArray(MessageShapes.Message(message, closed.Channel, forResponse: false)),
                    ["mail.thread"] = new JsonArray(MessageShapes.Thread(closed.Channel.Id)),
                    ["res.partner"] = new JsonArray(PersonaShapes.PartnerAsAuthor(closed.Bot)),
                },
                ["id"] = closed.Channel.Id,
            }),
        ];
    }

    public JsonNode PostResult(PostedMessage posted) => MessageStoreData(posted, forResponse: true);

    public IReadOnlyList<BusNotification> PostNotifications(PostedMessage posted)
    {
        var channelId = posted.Channel.Id;
        var channelBus = posted.Bus.DiscussChannel(channelId);
        var (authorKey, _, authorSync) = Author(posted);
        return
        [
            new(channelBus, "mail.record/insert", new JsonObject
            {
                ["discuss.channel"] = new JsonArray(new JsonObject { ["id"] = channelId, ["last_interest_dt"] = OdooTime.Format(posted.Interest) }),
            }),
            new(posted.Bus.Of(posted.Member.Persona), "mail.record/insert", new JsonObject
            {
                ["discuss.channel.member"] = new JsonArray(ChannelShapes.UnreadSync(posted.Member, posted.LastBusId, posted.Message.Id)),
                [authorKey] = new JsonArray(authorSync),
            }),
            new(channelBus, "mail.record/insert", new JsonObject
            {
                ["discuss.channel"] = new JsonArray(new JsonObject { ["id"] = channelId, ["is_pinned"] = true }),
            }),
            new(channelBus, "discuss.channel/new_message", new JsonObject { ["data"] = MessageStoreData(posted, forResponse: false), ["id"] = channelId }),
        ];
    }

    public IReadOnlyList<BusNotification> TypingNotifications(TypingMember typing)
    {
        var (key, persona) = typing.Guest is { } guest
            ? ("mail.guest", PersonaShapes.Guest(guest, typing.ImStatus))
            : ("res.partner", PersonaShapes.PartnerInChannel(typing.Partner!));
        return
        [
            new(typing.Bus.DiscussChannel(typing.Channel.Id), "mail.record/insert", new JsonObject
            {
                ["discuss.channel.member"] = new JsonArray(ChannelShapes.Member(typing.Member, false, 0, typing.IsTyping)),
                [key] = new JsonArray(persona),
            }),
        ];
    }

    public JsonObject? SessionStoreData(PartnerRecord partner, PartnerRecord bot)
    {
        var store = StoreHeader.Create(hasAccessLivechat: true);
        store["self"] = PersonaShapes.Reference(Persona.Partner(partner.Id));
        return new JsonObject
        {
            ["Store"] = store,
            ["res.partner"] = new JsonArray(PersonaShapes.PartnerAsAuthor(partner)),
        };
    }

    // Guests come first and partners last, as Odoo sorts the store's model names.
    private static JsonObject MessageStoreData(PostedMessage posted, bool forResponse)
    {
        var (authorKey, authorShape, _) = Author(posted);
        var data = new JsonObject();
        if (authorKey == "mail.guest")
        {
            data[authorKey] = new JsonArray(authorShape);
        }

        data["mail.message"] = new JsonArray(MessageShapes.Message(posted.Message, posted.Channel, forResponse));
        data["mail.thread"] = new JsonArray(MessageShapes.Thread(posted.Channel.Id));
        if (authorKey == "res.partner")
        {
            data[authorKey] = new JsonArray(authorShape);
        }

        return data;
    }

    private static (string Key, JsonObject Shape, JsonObject SyncShape) Author(PostedMessage posted) =>
        posted.AuthorGuest is { } guest
            ? ("mail.guest", PersonaShapes.Guest(guest, null), new JsonObject { ["id"] = guest.Id, ["name"] = guest.Name })
            : ("res.partner", PersonaShapes.PartnerAsAuthor(posted.AuthorPartner!), PersonaShapes.PartnerInChannel(posted.AuthorPartner!));
}
