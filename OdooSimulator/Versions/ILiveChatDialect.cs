using System.Text.Json.Nodes;
using OdooAspire.OdooSimulator.Bus;
using OdooAspire.OdooSimulator.Http;
using OdooAspire.OdooSimulator.LiveChat;
using OdooAspire.OdooSimulator.Persistence;

namespace OdooAspire.OdooSimulator.Versions;

/// <summary>
/// How one Odoo version speaks LiveChat: the routes and parameter names that differ, the JSON of the answers and
/// of the bus notifications. The route handlers do the database work once and ask the dialect for the wire form.
/// </summary>
internal interface ILiveChatDialect
{
    /// <summary>The route a visitor asks for an available operator (<c>/im_livechat/init</c>, or 19's <c>/mail/action</c>).</summary>
    string AvailabilityPath { get; }

    /// <summary>The livechat channel an availability request is about; null when it asks about none.</summary>
    int? RequestedLivechatChannel(JsonRpcContext call);

    JsonNode AvailabilityResult(OperatorAvailability availability);

    /// <summary>The visitor name the livechat is named after (<c>anonymous_name</c> until 18; the guest's name in 19).</summary>
    string VisitorName(JsonRpcContext call);

    /// <summary>The answer of <c>get_session</c> when no operator is available, or the livechat channel does not exist.</summary>
    JsonNode? NoSession(bool livechatChannelExists);

    JsonNode SessionResult(LiveChatSession session);

    /// <summary>What the visitor's guest, the channel and the operator hear when a session starts.</summary>
    IReadOnlyList<BusNotification> SessionNotifications(LiveChatSession session);

    JsonNode TemporarySessionResult(TemporarySession session);

    /// <summary>The channel <c>visitor_leave_session</c> names (by <c>uuid</c> in 17, <c>channel_id</c> later), if the caller may close it.</summary>
    Task<ChannelRecord?> FindLeavingChannelAsync(JsonRpcContext call);

    IReadOnlyList<BusNotification> LeaveNotifications(ClosedSession closed);

    JsonNode PostResult(PostedMessage posted);

    IReadOnlyList<BusNotification> PostNotifications(PostedMessage posted);

    IReadOnlyList<BusNotification> TypingNotifications(TypingMember typing);

    /// <summary>The <c>storeData</c> of the authenticate answer; null for versions without it (17).</summary>
    JsonObject? SessionStoreData(PartnerRecord partner, PartnerRecord bot);
}
