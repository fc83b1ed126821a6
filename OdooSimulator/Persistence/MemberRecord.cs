namespace OdooAspire.OdooSimulator.Persistence;

internal sealed record MemberRecord(
    int Id,
    int ChannelId,
    Persona Persona,
    DateTime CreateDate,
    DateTime LastInterestDt,
    int? FetchedMessageId,
    int? SeenMessageId,
    DateTime? LastSeenDt,
    DateTime? IsTypingDt);
