using System.Text.Json.Nodes;
using OdooAspire.OdooSimulator.Bus;
using OdooAspire.OdooSimulator.Http;
using OdooAspire.OdooSimulator.LiveChat;
using OdooAspire.OdooSimulator.Persistence;

namespace OdooAspire.OdooSimulator.Versions.Odoo19;

/// <summary>
/// Odoo 19.0: no <c>/im_livechat/init</c> (availability comes from <c>/mail/action</c> with
/// <c>["init_livechat", id]</c>), answers as <c>{store_data, channel_id}</c> / <c>{store_data, message_id}</c>,
/// sorted stores with ids as relations and bodies as <c>["markup", html]</c>, typing with the channel in
/// <c>channel_id</c>, and no <c>discuss.channel/joined</c> for the visitor (its member is created with the channel).
/// </summary>
internal sealed class Odoo19Dialect : ILiveChatDialect
{
    private const string Insert = "mail.record/insert";

    // The guest's name: 19 no longer takes anonymous_name and names the livechat after the guest.
    private const string GuestName = "Visitor";

    public string AvailabilityPath => "/mail/action";

    public int? RequestedLivechatChannel(JsonRpcContext call)
    {
        if (call.Required("fetch_params") is not JsonArray fetchParams)
        {
            throw new OdooRpcException("builtins.TypeError", "fetch_params must be a list");
        }

        foreach (var fetchParam in fetchParams.OfType<JsonArray>())
        {
            if (fetchParam.Count > 1 && fetchParam[0] is JsonValue name && name.TryGetValue<string>(out var value) && value == "init_livechat"
                && fetchParam[1] is JsonValue id && id.TryGetValue<int>(out var livechatChannelId))
            {
                return livechatChannelId;
            }
        }

        return null;
    }

    public JsonNode AvailabilityResult(OperatorAvailability availability)
    {
        var store = new Odoo19Store();
        if (availability.Guest is { } guest)
        {
            store.Global("self_guest", guest.Id);
            Odoo19Shapes.AddGuest(store, guest, "offline");
        }

        if (availability.Available is { } available)
        {
            store.Global("can_download_transcript", true).Global("livechat_available", available);
        }

        return store.Result();
    }

    public string VisitorName(JsonRpcContext call) => GuestName;

    public JsonNode? NoSession(bool livechatChannelExists) => livechatChannelExists ? false : throw OdooRpcException.NotFound();

    public JsonNode SessionResult(LiveChatSession session)
    {
        var store = Odoo19Shapes.InitData(new Odoo19Store(), session.Bot, hasAccessLivechat: false)
            .Global("guest_token", session.Guest.CookieValue)
            .Global("self_guest", session.Guest.Id);
        Odoo19Shapes.AddLivechat(store, session, session.GuestMember, forInternalUser: false);
        store.Add(Odoo19Shapes.Channel, new JsonObject { ["id"] = session.Channel.Id, ["isLoaded"] = true, ["scrollUnread"] = false });
        return new JsonObject { ["store_data"] = store.Result(), ["channel_id"] = session.Channel.Id };
    }

    public IReadOnlyList<BusNotification> SessionNotifications(LiveChatSession session)
    {
        // Only the operator hears of the new livechat: the store as it sees it (its own member, internal fields).
        var store = new Odoo19Store();
        Odoo19Shapes.AddLivechat(store, session, session.OperatorMember, forInternalUser: true);
        return [new(session.Bus.Partner(session.Operator.Id), Insert, store.Result())];
    }

    public JsonNode TemporarySessionResult(TemporarySession session)
    {
        var store = Odoo19Shapes.InitData(new Odoo19Store(), session.Bot, hasAccessLivechat: false);
        store.Add(Odoo19Shapes.Channel, new JsonObject
        {
            ["channel_type"] = "livechat",
            ["chatbot"] = null,
            ["fetchChannelInfoState"] = "fetched",
            ["id"] = -1,
            ["isLoaded"] = true,
            ["livechat_operator_id"] = session.Operator.Id,
            ["scrollUnread"] = false,
        });
        store.Add(Odoo19Shapes.Partner, new JsonObject { ["id"] = session.Operator.Id, ["name"] = session.Operator.Name, ["user_livechat_username"] = false });
        return new JsonObject { ["store_data"] = store.Result(), ["channel_id"] = -1 };
    }

    public Task<ChannelRecord?> FindLeavingChannelAsync(JsonRpcContext call) => ChannelAccess.AsMemberAsync(call, call.Required<int>("channel_id"));

    public IReadOnlyList<BusNotification> LeaveNotifications(ClosedSession closed)
    {
        var channelBus = closed.Bus.DiscussChannel(closed.Channel.Id);
        var ended = new BusNotification(channelBus, Insert, new JsonObject
        {
            [Odoo19Shapes.Channel] = new JsonArray(new JsonObject { ["id"] = closed.Channel.Id, ["livechat_end_dt"] = OdooTime.Format(closed.ClosedAt) }),
        });
        if (closed.LeaveMessage is not { } message)
        {
            return [ended];
        }

        var store = new Odoo19Store();
        Odoo19Shapes.AddMessage(store, message, closed.Channel, null, closed.Bot, forAuthor: false);
        return [ended, NewMessage(channelBus, closed.Channel.Id, store)];
    }

    public JsonNode PostResult(PostedMessage posted)
    {
        var store = new Odoo19Store();
        Odoo19Shapes.AddMessage(store, posted.Message, posted.Channel, posted.AuthorGuest, posted.AuthorPartner, forAuthor: true);
        return new JsonObject { ["store_data"] = store.Result(), ["message_id"] = posted.Message.Id };
    }

    public IReadOnlyList<BusNotification> PostNotifications(PostedMessage posted)
    {
        var channelId = posted.Channel.Id;
        var channelBus = posted.Bus.DiscussChannel(channelId);
        var separator = new JsonObject
        {
            ["channel_id"] = Odoo19Shapes.ThreadReference(channelId),
            ["id"] = posted.Member.Id,
            ["new_message_separator"] = posted.Message.Id + 1,
        };
        separator[posted.Member.Persona.IsGuest ? "guest_id" : "partner_id"] = posted.Member.Persona.Id;
        var store = new Odoo19Store();
        Odoo19Shapes.AddMessage(store, posted.Message, posted.Channel, posted.AuthorGuest, posted.AuthorPartner, forAuthor: false);
        return
        [
            new(channelBus, Insert, new JsonObject
            {
                [Odoo19Shapes.Channel] = new JsonArray(new JsonObject { ["id"] = channelId, ["last_interest_dt"] = OdooTime.Format(posted.Interest) }),
            }),
            new(posted.Bus.Of(posted.Member.Persona), Insert, new Odoo19Store().Add(Odoo19Shapes.Member, separator).Result()),
            NewMessage(channelBus, channelId, store),
        ];
    }

    public IReadOnlyList<BusNotification> TypingNotifications(TypingMember typing)
    {
        var member = Odoo19Shapes.MemberValues(typing.Member);
        member["isTyping"] = typing.IsTyping;
        member["is_typing_dt"] = typing.Member.IsTypingDt is { } at ? OdooTime.Format(at) : false;
        var store = new Odoo19Store().Add(Odoo19Shapes.Member, member);
        if (typing.Guest is { } guest)
        {
            Odoo19Shapes.AddLivechatGuest(store, guest, typing.ImStatus);
        }
        else
        {
            Odoo19Shapes.AddLivechatPartner(store, typing.Partner!, typing.ImStatus);
        }

        return [new(typing.Bus.DiscussChannel(typing.Channel.Id), Insert, store.Result())];
    }

    public JsonObject? SessionStoreData(PartnerRecord partner, PartnerRecord bot)
    {
        var store = Odoo19Shapes.InitData(new Odoo19Store(), bot, hasAccessLivechat: true)
            .Global("self_partner", partner.Id)
            .Add(Odoo19Shapes.Partner, new JsonObject
            {
                ["active"] = partner.Active,
                ["id"] = partner.Id,
                ["im_status"] = "offline",
                ["main_user_id"] = partner.UserId is { } uid ? uid : false,
                ["name"] = partner.Name,
                ["write_date"] = OdooTime.Format(partner.WriteDate),
            });
        return store.Result();
    }

    private static BusNotification NewMessage(string channelBus, int channelId, Odoo19Store store) =>
        new(channelBus, "discuss.channel/new_message", new JsonObject { ["data"] = store.Result(), ["id"] = channelId });
}
