namespace OdooAspire.OdooSimulator.Bus;

/// <summary>What a <c>subscribe</c> grants: the channels the socket hears, and what the subscribe itself sends.</summary>
internal sealed record BusSubscription(HashSet<string> Channels, IReadOnlyList<BusNotification> Notifications);
