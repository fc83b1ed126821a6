using OdooAspire.OdooSimulator.Bus;
using OdooAspire.OdooSimulator.Persistence;

namespace OdooAspire.OdooSimulator.Versions;

/// <summary>
/// Presence as the simulator plays it for 17.0 and 18.0: stored and read by the routes, never announced on the bus.
/// Those versions announce it only to sockets that ask for a persona's presence channel
/// (<c>odoo-presence-&lt;model&gt;_&lt;id&gt;</c>, internal users or channel co-members), which the LiveChat flow does not
/// need; such a name stays a plain named channel here.
/// </summary>
internal sealed class UnannouncedPresence : IPresenceDialect
{
    public bool IsPresenceRequest(string name) => false;

    public Task<PresenceSubscription> SubscribeAsync(
        DbScope scope, SocketIdentity identity, IReadOnlyCollection<string> requests, BusChannels channels, CancellationToken cancellationToken) =>
        Task.FromResult(PresenceSubscription.None);

    public IReadOnlyList<BusNotification> PresenceChanged(PresenceStatus presence, BusChannels channels) => [];
}
