using OdooAspire.OdooSimulator.Persistence;

namespace OdooAspire.OdooSimulator.LiveChat;

/// <summary><c>get_session</c> with <c>persisted = false</c>: a chat window on a thread that exists only client-side.</summary>
internal sealed record TemporarySession(string ChannelName, PartnerRecord Operator, PartnerRecord Bot);
