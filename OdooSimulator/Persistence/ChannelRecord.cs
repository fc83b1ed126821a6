namespace OdooAspire.OdooSimulator.Persistence;

internal sealed record ChannelRecord(
    int Id,
    string Name,
    string ChannelType,
    string Uuid,
    int? LivechatChannelId,
    int? OperatorPartnerId,
    bool LivechatActive,
    string? AnonymousName,
    int CreateUid,
    DateTime? LastInterestDt);
