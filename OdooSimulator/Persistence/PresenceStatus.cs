namespace OdooAspire.OdooSimulator.Persistence;

/// <summary>A persona's presence: <paramref name="Status"/> is online, away or offline.</summary>
internal sealed record PresenceStatus(Persona Persona, string Status);
