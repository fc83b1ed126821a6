using OdooAspire.OdooSimulator.Persistence;

namespace OdooAspire.OdooSimulator.Http;

/// <summary>The session of a request and who it identifies: a user, a guest (visitor) or nobody.</summary>
internal sealed record RequestIdentity(SessionRecord Session, bool SessionIsNew, UserRecord? User, GuestRecord? Guest);
