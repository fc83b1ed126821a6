using OdooAspire.OdooSimulator.Bus;
using OdooAspire.OdooSimulator.Persistence;

namespace OdooAspire.OdooSimulator.LiveChat;

/// <summary>A member who started or stopped typing; <see cref="Guest"/> or <see cref="Partner"/> is who it is, <see cref="ImStatus"/> its presence.</summary>
internal sealed record TypingMember(
    BusChannels Bus,
    ChannelRecord Channel,
    MemberRecord Member,
    bool IsTyping,
    GuestRecord? Guest,
    string ImStatus,
    PartnerRecord? Partner);
