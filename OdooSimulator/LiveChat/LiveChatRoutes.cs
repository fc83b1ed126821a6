using System.Text.Json.Nodes;
using OdooAspire.OdooSimulator.Bus;
using OdooAspire.OdooSimulator.Http;
using OdooAspire.OdooSimulator.Persistence;
using OdooAspire.OdooSimulator.Versions;

namespace OdooAspire.OdooSimulator.LiveChat;

/// <summary>
/// The visitor side of LiveChat: the availability check (<c>/im_livechat/init</c>, or 19's <c>/mail/action</c>),
/// <c>get_session</c> and <c>visitor_leave_session</c>. The profile's dialect gives each version's wire form.
/// </summary>
internal sealed class LiveChatRoutes(BusChannels channels, OdooProfile profile) : IJsonRpcRoutes
{
    private const string GuestName = "Visitor";

    private ILiveChatDialect Dialect => profile.Dialect;

    public IEnumerable<JsonRpcRoute> Routes =>
    [
        new(Dialect.AvailabilityPath, false, AvailabilityAsync),
        new("/im_livechat/get_session", false, GetSessionAsync),
        new("/im_livechat/visitor_leave_session", false, LeaveAsync),
    ];

    private async Task<JsonNode?> AvailabilityAsync(JsonRpcContext call)
    {
        bool? available = null;
        if (Dialect.RequestedLivechatChannel(call) is { } livechatChannelId
            && await LiveChatChannelStore.GetNameAsync(call.Scope, livechatChannelId, call.Aborted) is not null)
        {
            available = await LiveChatChannelStore.FindAvailableOperatorAsync(call.Scope, livechatChannelId, call.Aborted) is not null;
        }

        var bot = (await UserStore.GetPartnerAsync(call.Scope, PersonaShapes.OdooBotPartnerId, call.Aborted))!;
        return Dialect.AvailabilityResult(new OperatorAvailability(available, bot, call.Guest));
    }

    private async Task<JsonNode?> GetSessionAsync(JsonRpcContext call)
    {
        var livechatChannelId = call.Required<int>("channel_id");
        var visitorName = Dialect.VisitorName(call);
        var persisted = call.Optional<bool?>("persisted") ?? true;
        var scope = call.Scope;
        var livechatName = await LiveChatChannelStore.GetNameAsync(scope, livechatChannelId, call.Aborted);
        var operatorUser = livechatName is null ? null : await LiveChatChannelStore.FindAvailableOperatorAsync(scope, livechatChannelId, call.Aborted);
        if (operatorUser is null)
        {
            return Dialect.NoSession(livechatName is not null);
        }

        var operatorPartner = (await UserStore.GetPartnerAsync(scope, operatorUser.PartnerId, call.Aborted))!;
        var bot = (await UserStore.GetPartnerAsync(scope, PersonaShapes.OdooBotPartnerId, call.Aborted))!;
        if (!persisted)
        {
            return Dialect.TemporarySessionResult(new TemporarySession($"{visitorName} {operatorPartner.Name}", operatorPartner, bot));
        }

        // Odoo names the visitor's guest "Visitor" whatever the anonymous name (which names the channel).
        var guest = call.Guest ?? await GuestStore.CreateAsync(scope, GuestName, call.Aborted);
        call.ReplaceGuest(guest);
        var channel = await DiscussChannelStore.CreateLivechatAsync(scope, livechatChannelId, operatorPartner, visitorName, 4, call.Aborted);
        var operatorMember = await DiscussChannelStore.AddMemberAsync(scope, channel.Id, Persona.Partner(operatorPartner.Id), call.Aborted);
        var guestMember = await DiscussChannelStore.AddMemberAsync(scope, channel.Id, Persona.Guest(guest.Id), call.Aborted);
        var session = new LiveChatSession(
            channels,
            channel,
            livechatChannelId,
            livechatName!,
            guest,
            await PresenceStore.GetAsync(scope, Persona.Guest(guest.Id), call.Aborted),
            guestMember,
            operatorMember,
            operatorPartner,
            bot,
            await BusPoller.LastIdAsync(scope, call.Aborted));
        await BusWriter.SendAsync(scope, Dialect.SessionNotifications(session), call.Aborted);
        return Dialect.SessionResult(session);
    }

    private async Task<JsonNode?> LeaveAsync(JsonRpcContext call)
    {
        // Like Odoo: leaving a channel one may not see, or one already closed, silently does nothing.
        var channel = await Dialect.FindLeavingChannelAsync(call);
        if (channel is not { LivechatActive: true })
        {
            return null;
        }

        var scope = call.Scope;
        var closedAt = await DiscussChannelStore.CloseLivechatAsync(scope, channel.Id, call.Aborted);
        var bot = (await UserStore.GetPartnerAsync(scope, PersonaShapes.OdooBotPartnerId, call.Aborted))!;
        MessageRecord? message = null;
        if (await MessageStore.AnyInChannelAsync(scope, channel.Id, call.Aborted))
        {
            const string body = "<div class=\"o_mail_notification o_hide_author\">Visitor left the conversation.</div>";
            message = await MessageStore.InsertAsync(scope, channel.Id, body, "notification", Persona.Partner(bot.Id), call.Aborted);
        }

        await BusWriter.SendAsync(scope, Dialect.LeaveNotifications(new ClosedSession(channels, channel, closedAt, message, bot)), call.Aborted);
        return null;
    }
}
