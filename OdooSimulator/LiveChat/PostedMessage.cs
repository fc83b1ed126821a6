using OdooAspire.OdooSimulator.Bus;
using OdooAspire.OdooSimulator.Persistence;

namespace OdooAspire.OdooSimulator.LiveChat;

/// <summary>A message just posted in a discuss channel by one of its members (a guest or a partner).</summary>
internal sealed record PostedMessage(
    BusChannels Bus,
    ChannelRecord Channel,
    MemberRecord Member,
    MessageRecord Message,
    DateTime Interest,
    long LastBusId,
    GuestRecord? AuthorGuest,
    PartnerRecord? AuthorPartner);
