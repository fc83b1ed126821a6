namespace OdooAspire.OdooSimulator.Persistence;

internal sealed record PartnerRecord(int Id, string Name, bool Active, DateTime WriteDate, int? UserId);
