using System.Net;
using System.Text.Json.Nodes;
using OdooAspire.OdooSimulator.Bus;
using OdooAspire.OdooSimulator.Http;
using OdooAspire.OdooSimulator.Persistence;

namespace OdooAspire.OdooSimulator.LiveChat;

/// <summary>The visitor side of LiveChat: <c>/im_livechat/init</c>, <c>get_session</c>, <c>visitor_leave_session</c>.</summary>
internal sealed class LiveChatRoutes(BusChannels channels) : IJsonRpcRoutes
{
    public IEnumerable<JsonRpcRoute> Routes =>
    [
        new("/im_livechat/init", false, InitAsync),
        new("/im_livechat/get_session", false, GetSessionAsync),
        new("/im_livechat/visitor_leave_session", false, LeaveAsync),
    ];

    private static async Task<JsonNode?> InitAsync(JsonRpcContext call)
    {
        // An unknown livechat channel simply has no available operator, as in Odoo.
        var livechatChannelId = call.Required<int>("channel_id");
        var available = await LiveChatChannelStore.FindAvailableOperatorAsync(call.Scope, livechatChannelId, call.Aborted) is not null;
        var bot = (await UserStore.GetPartnerAsync(call.Scope, PersonaShapes.OdooBotPartnerId, call.Aborted))!;
        return new JsonObject
        {
            ["available_for_me"] = available,
            ["rule"] = new JsonObject(),
            ["storeData"] = new JsonObject
            {
                ["Store"] = StoreHeader.Create(hasAccessLivechat: false),
                ["res.partner"] = new JsonArray(PersonaShapes.OdooBot(bot)),
            },
        };
    }

    private async Task<JsonNode?> GetSessionAsync(JsonRpcContext call)
    {
        var livechatChannelId = call.Required<int>("channel_id");
        var anonymousName = call.Required<string>("anonymous_name");
        var persisted = call.Optional<bool?>("persisted") ?? true;
        var scope = call.Scope;
        var operatorUser = await LiveChatChannelStore.FindAvailableOperatorAsync(scope, livechatChannelId, call.Aborted);
        if (operatorUser is null)
        {
            return false;
        }

        if (!persisted)
        {
            return await TemporarySessionAsync(call, operatorUser, anonymousName);
        }

        // Odoo names the visitor's guest "Visitor" whatever the anonymous name (which names the channel).
        var guest = call.Guest ?? await GuestStore.CreateAsync(scope, "Visitor", call.Aborted);
        call.ReplaceGuest(guest);
        var operatorPartner = (await UserStore.GetPartnerAsync(scope, operatorUser.PartnerId, call.Aborted))!;
        var channel = await DiscussChannelStore.CreateLivechatAsync(scope, livechatChannelId, operatorPartner, anonymousName, 4, call.Aborted);
        var operatorMember = await DiscussChannelStore.AddMemberAsync(scope, channel.Id, Persona.Partner(operatorPartner.Id), call.Aborted);
        var guestMember = await DiscussChannelStore.AddMemberAsync(scope, channel.Id, Persona.Guest(guest.Id), call.Aborted);
        var lastBusId = await BusPoller.LastIdAsync(scope, call.Aborted);
        var guestStatus = await PresenceStore.GetAsync(scope, Persona.Guest(guest.Id), call.Aborted);
        var bot = (await UserStore.GetPartnerAsync(scope, PersonaShapes.OdooBotPartnerId, call.Aborted))!;
        var livechatName = await LiveChatChannelStore.GetNameAsync(scope, livechatChannelId, call.Aborted);

        await BusWriter.SendAsync(
            scope,
            [
                new(channels.Guest(guest.Id), "discuss.channel/joined", ChannelShapes.Joined(channel, 2)),
                new(channels.DiscussChannel(channel.Id), "mail.record/insert", new JsonObject
                {
                    ["discuss.channel"] = new JsonArray(new JsonObject { ["id"] = channel.Id, ["memberCount"] = 2 }),
                    ["discuss.channel.member"] = new JsonArray(ChannelShapes.Member(guestMember, false, lastBusId)),
                    ["mail.guest"] = new JsonArray(PersonaShapes.Guest(guest, guestStatus)),
                }),
                new(channels.Partner(operatorPartner.Id), "mail.record/insert", new JsonObject
                {
                    ["discuss.channel"] = new JsonArray(ChannelShapes.Channel(channel, 2, lastBusId, forVisitor: false)),
                    ["discuss.channel.member"] = new JsonArray(
                        ChannelShapes.Member(operatorMember, true, lastBusId), ChannelShapes.Member(guestMember, false, lastBusId)),
                    ["im_livechat.channel"] = new JsonArray(new JsonObject { ["id"] = livechatChannelId, ["name"] = livechatName }),
                    ["mail.guest"] = new JsonArray(PersonaShapes.Guest(guest, guestStatus)),
                    ["res.partner"] = new JsonArray(PersonaShapes.PartnerInChannel(operatorPartner)),
                }),
            ],
            call.Aborted);

        var store = StoreHeader.Create(hasAccessLivechat: false);
        store["guest_token"] = guest.CookieValue;
        store["self"] = PersonaShapes.Reference(Persona.Guest(guest.Id));
        return new JsonObject
        {
            ["Store"] = store,
            ["discuss.channel"] = new JsonArray(ChannelShapes.Channel(channel, 2, lastBusId, forVisitor: true)),
            ["discuss.channel.member"] = new JsonArray(
                ChannelShapes.Member(guestMember, true, lastBusId), ChannelShapes.Member(operatorMember, false, lastBusId)),
            ["mail.guest"] = new JsonArray(PersonaShapes.Guest(guest, guestStatus)),
            ["res.partner"] = new JsonArray(PersonaShapes.PartnerInChannel(operatorPartner), PersonaShapes.OdooBot(bot)),
        };
    }

    /// <summary><c>persisted = false</c>: the chat window opens on a thread that exists only client-side (id -1).</summary>
    private static async Task<JsonNode?> TemporarySessionAsync(JsonRpcContext call, UserRecord operatorUser, string anonymousName)
    {
        var operatorPartner = (await UserStore.GetPartnerAsync(call.Scope, operatorUser.PartnerId, call.Aborted))!;
        var bot = (await UserStore.GetPartnerAsync(call.Scope, PersonaShapes.OdooBotPartnerId, call.Aborted))!;
        return new JsonObject
        {
            ["Store"] = StoreHeader.Create(hasAccessLivechat: false),
            ["discuss.channel"] = new JsonArray(new JsonObject
            {
                ["channel_type"] = "livechat",
                ["chatbot"] = null,
                ["id"] = -1,
                ["isLoaded"] = true,
                ["livechat_active"] = true,
                ["name"] = $"{anonymousName} {operatorPartner.Name}",
                ["operator"] = PersonaShapes.Reference(Persona.Partner(operatorPartner.Id)),
                ["scrollUnread"] = false,
                ["state"] = "open",
            }),
            ["res.partner"] = new JsonArray(PersonaShapes.PartnerInChannel(operatorPartner), PersonaShapes.OdooBot(bot)),
        };
    }

    private async Task<JsonNode?> LeaveAsync(JsonRpcContext call)
    {
        var channelId = call.Required<int>("channel_id");
        var scope = call.Scope;
        var channel = await DiscussChannelStore.GetAsync(scope, channelId, call.Aborted);
        var persona = call.Persona;

        // Like Odoo: leaving a channel that is not yours, or already closed, silently does nothing.
        if (channel is not { LivechatActive: true } || persona is null
            || await DiscussChannelStore.FindMemberAsync(scope, channelId, persona, call.Aborted) is null)
        {
            return null;
        }

        await DiscussChannelStore.CloseLivechatAsync(scope, channelId, call.Aborted);
        var leaverName = call.Guest?.Name ?? call.User?.Name ?? channel.AnonymousName ?? "Visitor";
        var body = $"<div class=\"o_mail_notification o_hide_author\">{WebUtility.HtmlEncode(leaverName)} left the conversation.</div>";
        var message = await MessageStore.InsertAsync(scope, channelId, body, "notification", Persona.Partner(PersonaShapes.OdooBotPartnerId), call.Aborted);
        var bot = (await UserStore.GetPartnerAsync(scope, PersonaShapes.OdooBotPartnerId, call.Aborted))!;
        var channelBus = channels.DiscussChannel(channelId);
        await BusWriter.SendAsync(
            scope,
            [
                new(channelBus, "mail.record/insert", new JsonObject
                {
                    ["discuss.channel"] = new JsonArray(new JsonObject { ["id"] = channelId, ["is_pinned"] = true }),
                }),
                new(channelBus, "discuss.channel/new_message", new JsonObject
                {
                    ["data"] = new JsonObject
                    {
                        ["mail.message"] = new JsonArray(MessageShapes.Message(message, channel, forResponse: false)),
                        ["mail.thread"] = new JsonArray(MessageShapes.Thread(channelId)),
                        ["res.partner"] = new JsonArray(PersonaShapes.PartnerAsAuthor(bot)),
                    },
                    ["id"] = channelId,
                }),
            ],
            call.Aborted);
        return null;
    }
}
