using OdooAspire.OdooSimulator.Bus;
using OdooAspire.OdooSimulator.Persistence;

namespace OdooAspire.OdooSimulator.Versions;

/// <summary>
/// How one Odoo version's bus carries presence: which presence channels a socket hears after <c>subscribe</c>, and
/// what is sent when a persona's presence is created or changes status.
/// </summary>
internal interface IPresenceDialect
{
    /// <summary>Whether a channel name a client subscribes to asks for a persona's presence rather than naming a channel.</summary>
    bool IsPresenceRequest(string name);

    /// <summary>
    /// The presence channels a socket of <paramref name="identity"/> hears, from the presence requests among the names
    /// it subscribed to, and what the subscribe sends at once.
    /// </summary>
    Task<PresenceSubscription> SubscribeAsync(
        DbScope scope, SocketIdentity identity, IReadOnlyCollection<string> requests, BusChannels channels, CancellationToken cancellationToken);

    /// <summary>What is sent when a persona's presence is created, or its status changes, to <paramref name="presence"/>.</summary>
    IReadOnlyList<BusNotification> PresenceChanged(PresenceStatus presence, BusChannels channels);
}
