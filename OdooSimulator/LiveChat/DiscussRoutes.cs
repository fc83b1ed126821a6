using System.Text.Json.Nodes;
using OdooAspire.OdooSimulator.Bus;
using OdooAspire.OdooSimulator.Http;
using OdooAspire.OdooSimulator.Persistence;
using OdooAspire.OdooSimulator.Versions;

namespace OdooAspire.OdooSimulator.LiveChat;

/// <summary>Posting and typing in a discuss channel: <c>/mail/message/post</c>, <c>/discuss/channel/notify_typing</c>.</summary>
internal sealed class DiscussRoutes(BusChannels channels, OdooProfile profile) : IJsonRpcRoutes
{
    public IEnumerable<JsonRpcRoute> Routes =>
    [
        new("/mail/message/post", false, PostAsync),
        new("/discuss/channel/notify_typing", false, NotifyTypingAsync),
    ];

    private async Task<JsonNode?> PostAsync(JsonRpcContext call)
    {
        var model = call.Required<string>("thread_model");
        var channelId = call.Required<int>("thread_id");
        if (call.Required("post_data") is not JsonObject postData)
        {
            throw new OdooRpcException("builtins.TypeError", "post_data must be an object");
        }

        if (model != "discuss.channel")
        {
            throw new OdooRpcException("odoo.exceptions.UserError", $"OdooSimulator only implements posting in discuss.channel, not in {model}.");
        }

        var scope = call.Scope;
        var (channel, member) = await RequireMembershipAsync(call, channelId);
        var messageType = postData["message_type"]?.GetValue<string>() ?? "notification";
        var body = PlainTextBody.ToHtml(postData["body"]?.GetValue<string>() ?? string.Empty);
        var message = await MessageStore.InsertAsync(scope, channelId, body, messageType, member.Persona, call.Aborted);
        await DiscussChannelStore.MarkSeenAsync(scope, member.Id, message.Id, call.Aborted);
        var interest = await DiscussChannelStore.TouchInterestAsync(scope, channelId, call.Aborted);
        var posted = new PostedMessage(
            channels,
            channel,
            member,
            message,
            interest,
            await BusPoller.LastIdAsync(scope, call.Aborted),
            member.Persona.IsGuest ? call.Guest : null,
            member.Persona.IsGuest ? null : await UserStore.GetPartnerAsync(scope, member.Persona.Id, call.Aborted));
        await BusWriter.SendAsync(scope, profile.Dialect.PostNotifications(posted), call.Aborted);
        return profile.Dialect.PostResult(posted);
    }

    private async Task<JsonNode?> NotifyTypingAsync(JsonRpcContext call)
    {
        var channelId = call.Required<int>("channel_id");
        var isTyping = call.Required<bool>("is_typing");
        var scope = call.Scope;
        var (channel, member) = await RequireMembershipAsync(call, channelId);

        // Odoo stamps is_typing_dt with the time of every typing notification, started or stopped.
        await DiscussChannelStore.SetTypingAsync(scope, member.Id, call.Aborted);
        member = (await DiscussChannelStore.FindMemberAsync(scope, channelId, member.Persona, call.Aborted))!;
        var status = await PresenceStore.GetAsync(scope, member.Persona, call.Aborted);
        var typing = member.Persona.IsGuest
            ? new TypingMember(channels, channel, member, isTyping, call.Guest, status, null)
            : new TypingMember(channels, channel, member, isTyping, null, status, await UserStore.GetPartnerAsync(scope, member.Persona.Id, call.Aborted));
        await BusWriter.SendAsync(scope, profile.Dialect.TypingNotifications(typing), call.Aborted);
        return null;
    }

    /// <summary>The channel and the caller's membership; Odoo answers 404 when either is missing.</summary>
    private static async Task<(ChannelRecord Channel, MemberRecord Member)> RequireMembershipAsync(JsonRpcContext call, int channelId)
    {
        var channel = await DiscussChannelStore.GetAsync(call.Scope, channelId, call.Aborted);
        var member = channel is null || call.Persona is null
            ? null
            : await DiscussChannelStore.FindMemberAsync(call.Scope, channelId, call.Persona, call.Aborted);
        return member is null ? throw OdooRpcException.NotFound() : (channel!, member);
    }
}
