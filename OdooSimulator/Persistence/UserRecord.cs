namespace OdooAspire.OdooSimulator.Persistence;

internal sealed record UserRecord(int Id, string Login, int PartnerId, string Name, DateTime PartnerWriteDate);
