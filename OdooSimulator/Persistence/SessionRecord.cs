namespace OdooAspire.OdooSimulator.Persistence;

/// <summary>An HTTP session (<c>session_id</c> cookie); <see cref="Uid"/> is null for a public session.</summary>
internal sealed record SessionRecord(string Sid, int? Uid);
