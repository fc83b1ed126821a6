using OdooAspire.OdooSimulator.Bus;

namespace OdooAspire.OdooSimulator.Versions;

/// <summary>
/// What a <c>subscribe</c> grants for presence: the channels, the notifications it sends at once (presences the
/// socket may have missed while subscribing), and the presence requests it could not read.
/// </summary>
internal sealed record PresenceSubscription(
    IReadOnlyCollection<string> Channels, IReadOnlyList<BusNotification> Notifications, IReadOnlyList<string> Malformed)
{
    public static PresenceSubscription None { get; } = new([], [], []);
}
