using OdooAspire.OdooSimulator.Bus;
using OdooAspire.OdooSimulator.Persistence;

namespace OdooAspire.OdooSimulator.LiveChat;

/// <summary>
/// A livechat the visitor left. <see cref="LeaveMessage"/> is OdooBot's "Visitor left the conversation." notice, or
/// null when the channel had no message (Odoo then posts nothing).
/// </summary>
internal sealed record ClosedSession(BusChannels Bus, ChannelRecord Channel, DateTime ClosedAt, MessageRecord? LeaveMessage, PartnerRecord Bot);
