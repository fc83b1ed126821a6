namespace OdooAspire.OdooSimulator.Persistence;

internal sealed record MessageRecord(int Id, string Model, int ResId, string Body, string MessageType, Persona Author, DateTime CreateDate);
