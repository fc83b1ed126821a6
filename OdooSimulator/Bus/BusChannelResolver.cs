using OdooAspire.OdooSimulator.Persistence;

namespace OdooAspire.OdooSimulator.Bus;

/// <summary>
/// The channels a socket is entitled to, recomputed at every subscribe (which is why the operator must
/// subscribe again to hear a channel created after its last subscribe, as with Odoo).
/// </summary>
internal sealed class BusChannelResolver(BusChannels channels)
{
    public async Task<HashSet<string>> ResolveAsync(
        DbScope scope, SocketIdentity identity, IEnumerable<string> requested, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(requested);
        var result = new HashSet<string>(StringComparer.Ordinal) { BusChannels.Broadcast };
        foreach (var name in requested)
        {
            // Named (string) channels a client asks for are allowed; records are only granted below.
            result.Add(BusChannels.Canonical(System.Text.Json.Nodes.JsonValue.Create(name)));
        }

        foreach (var persona in identity.Personas)
        {
            result.Add(channels.Of(persona));
            foreach (var channelId in await DiscussChannelStore.ChannelIdsOfAsync(scope, persona, cancellationToken))
            {
                result.Add(channels.DiscussChannel(channelId));
            }
        }

        return result;
    }
}
