using OdooAspire.OdooSimulator.Persistence;

namespace OdooAspire.OdooSimulator.LiveChat;

/// <summary>
/// The answer to a visitor asking whether an operator is available: <see cref="Available"/> is null when the
/// livechat channel does not exist; <see cref="Guest"/> is the visitor's guest, if it has one already.
/// </summary>
internal sealed record OperatorAvailability(bool? Available, PartnerRecord Bot, GuestRecord? Guest);
