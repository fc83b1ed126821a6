namespace OdooAspire.OdooSimulator.Tests.Infrastructure;

/// <summary>The livechat a visitor got from get_session: its channel, uuid and the visitor's guest.</summary>
internal sealed record VisitorSession(int ChannelId, string Uuid, int GuestId);
