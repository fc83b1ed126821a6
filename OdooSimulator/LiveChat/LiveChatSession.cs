using OdooAspire.OdooSimulator.Bus;
using OdooAspire.OdooSimulator.Persistence;

namespace OdooAspire.OdooSimulator.LiveChat;

/// <summary>What <c>/im_livechat/get_session</c> created; every version's answer and notifications are built from it.</summary>
internal sealed record LiveChatSession(
    BusChannels Bus,
    ChannelRecord Channel,
    int LivechatChannelId,
    string LivechatChannelName,
    GuestRecord Guest,
    string GuestStatus,
    MemberRecord GuestMember,
    MemberRecord OperatorMember,
    PartnerRecord Operator,
    PartnerRecord Bot,
    long LastBusId);
