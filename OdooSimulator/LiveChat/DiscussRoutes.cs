using System.Text.Json.Nodes;
using OdooAspire.OdooSimulator.Bus;
using OdooAspire.OdooSimulator.Http;
using OdooAspire.OdooSimulator.Persistence;

namespace OdooAspire.OdooSimulator.LiveChat;

/// <summary>Posting and typing in a discuss channel: <c>/mail/message/post</c>, <c>/discuss/channel/notify_typing</c>.</summary>
internal sealed class DiscussRoutes(BusChannels channels) : IJsonRpcRoutes
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
        var lastBusId = await BusPoller.LastIdAsync(scope, call.Aborted);
        var author = await AuthorAsync(call, member.Persona);
        var channelBus = channels.DiscussChannel(channelId);

        var notificationData = new JsonObject();
        if (member.Persona.IsGuest)
        {
            notificationData["mail.guest"] = new JsonArray(author.Shape.DeepClone());
        }

        notificationData["mail.message"] = new JsonArray(MessageShapes.Message(message, channel, forResponse: false));
        notificationData["mail.thread"] = new JsonArray(MessageShapes.Thread(channelId));
        if (!member.Persona.IsGuest)
        {
            notificationData["res.partner"] = new JsonArray(author.Shape.DeepClone());
        }

        await BusWriter.SendAsync(
            scope,
            [
                new(channelBus, "mail.record/insert", new JsonObject
                {
                    ["discuss.channel"] = new JsonArray(new JsonObject { ["id"] = channelId, ["last_interest_dt"] = OdooTime.Format(interest) }),
                }),
                new(channels.Of(member.Persona), "mail.record/insert", new JsonObject
                {
                    ["discuss.channel.member"] = new JsonArray(ChannelShapes.UnreadSync(member, lastBusId, message.Id)),
                    [author.Key] = new JsonArray(author.SyncShape),
                }),
                new(channelBus, "mail.record/insert", new JsonObject
                {
                    ["discuss.channel"] = new JsonArray(new JsonObject { ["id"] = channelId, ["is_pinned"] = true }),
                }),
                new(channelBus, "discuss.channel/new_message", new JsonObject { ["data"] = notificationData, ["id"] = channelId }),
            ],
            call.Aborted);

        var result = new JsonObject();
        if (member.Persona.IsGuest)
        {
            result["mail.guest"] = new JsonArray(author.Shape.DeepClone());
        }

        result["mail.message"] = new JsonArray(MessageShapes.Message(message, channel, forResponse: true));
        result["mail.thread"] = new JsonArray(MessageShapes.Thread(channelId));
        if (!member.Persona.IsGuest)
        {
            result["res.partner"] = new JsonArray(author.Shape.DeepClone());
        }

        return result;
    }

    private async Task<JsonNode?> NotifyTypingAsync(JsonRpcContext call)
    {
        var channelId = call.Required<int>("channel_id");
        var isTyping = call.Required<bool>("is_typing");
        var scope = call.Scope;
        var (_, member) = await RequireMembershipAsync(call, channelId);
        // Odoo stamps is_typing_dt with the time of every typing notification, started or stopped.
        await DiscussChannelStore.SetTypingAsync(scope, member.Id, call.Aborted);
        member = (await DiscussChannelStore.FindMemberAsync(scope, channelId, member.Persona, call.Aborted))!;

        var persona = member.Persona.IsGuest
            ? ("mail.guest", PersonaShapes.Guest(call.Guest!, await PresenceStore.GetAsync(scope, member.Persona, call.Aborted)))
            : ("res.partner", PersonaShapes.PartnerInChannel((await UserStore.GetPartnerAsync(scope, member.Persona.Id, call.Aborted))!));
        await BusWriter.SendAsync(
            scope,
            [
                new(channels.DiscussChannel(channelId), "mail.record/insert", new JsonObject
                {
                    ["discuss.channel.member"] = new JsonArray(ChannelShapes.Member(member, false, 0, isTyping)),
                    [persona.Item1] = new JsonArray(persona.Item2),
                }),
            ],
            call.Aborted);
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

    private static async Task<(string Key, JsonObject Shape, JsonObject SyncShape)> AuthorAsync(JsonRpcContext call, Persona persona)
    {
        if (persona.IsGuest)
        {
            var guest = call.Guest!;
            return ("mail.guest", PersonaShapes.Guest(guest, null), new JsonObject { ["id"] = guest.Id, ["name"] = guest.Name });
        }

        var partner = (await UserStore.GetPartnerAsync(call.Scope, persona.Id, call.Aborted))!;
        return ("res.partner", PersonaShapes.PartnerAsAuthor(partner), PersonaShapes.PartnerInChannel(partner));
    }
}
