using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using OdooAspire.OdooSimulator.Persistence;
using OdooAspire.OdooSimulator.Versions;

namespace OdooAspire.OdooSimulator.Bus;

/// <summary>
/// The channels a socket is entitled to, recomputed at every subscribe (which is why the operator must
/// subscribe again to hear a channel created after its last subscribe, as with Odoo).
/// </summary>
internal sealed partial class BusChannelResolver(BusChannels channels, OdooProfile profile, ILogger<BusChannelResolver> logger)
{
    public async Task<BusSubscription> ResolveAsync(
        DbScope scope, SocketIdentity identity, IEnumerable<string> requested, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(requested);
        var result = new HashSet<string>(StringComparer.Ordinal) { BusChannels.Broadcast };
        var presenceRequests = new List<string>();
        foreach (var name in requested)
        {
            if (profile.Presence.IsPresenceRequest(name))
            {
                presenceRequests.Add(name);
                continue;
            }

            // Named (string) channels a client asks for are allowed; records are only granted below.
            result.Add(BusChannels.Canonical(JsonValue.Create(name)));
        }

        foreach (var persona in identity.Personas)
        {
            result.Add(channels.Of(persona));
            foreach (var channelId in await DiscussChannelStore.ChannelIdsOfAsync(scope, persona, cancellationToken))
            {
                result.Add(channels.DiscussChannel(channelId));
            }
        }

        var presence = await profile.Presence.SubscribeAsync(scope, identity, presenceRequests, channels, cancellationToken);
        foreach (var name in presence.Malformed)
        {
            LogMalformedPresenceChannel(name);
        }

        result.UnionWith(presence.Channels);
        return new BusSubscription(result, presence.Notifications);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "OdooSimulator bus: Malformed presence channel: {Channel}")]
    private partial void LogMalformedPresenceChannel(string channel);
}
