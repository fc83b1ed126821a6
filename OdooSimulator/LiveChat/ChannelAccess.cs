using OdooAspire.OdooSimulator.Http;
using OdooAspire.OdooSimulator.Persistence;

namespace OdooAspire.OdooSimulator.LiveChat;

/// <summary>Which discuss channels a caller may see: those it is a member of (Odoo's record rules for guests and users).</summary>
internal static class ChannelAccess
{
    public static async Task<ChannelRecord?> AsMemberAsync(JsonRpcContext call, int channelId)
    {
        ArgumentNullException.ThrowIfNull(call);
        var channel = await DiscussChannelStore.GetAsync(call.Scope, channelId, call.Aborted);
        return channel is null || call.Persona is not { } persona
            || await DiscussChannelStore.FindMemberAsync(call.Scope, channelId, persona, call.Aborted) is null
            ? null
            : channel;
    }
}
