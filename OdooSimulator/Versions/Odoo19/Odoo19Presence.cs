using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OdooAspire.OdooSimulator.Bus;
using OdooAspire.OdooSimulator.Persistence;

namespace OdooAspire.OdooSimulator.Versions.Odoo19;

/// <summary>
/// Odoo 19.0's presence (mail.presence): every socket hears its own persona's <c>(persona, "presence")</c> channel;
/// one asking for <c>odoo-presence-&lt;model&gt;_&lt;id&gt;[-&lt;im_status token&gt;]</c> hears that persona's too when
/// it may read it (an internal user, or anyone with the token a store gave). A presence created, or whose status
/// changes, is announced there as <c>bus.bus/im_status_updated</c>; a subscribe also sends the subscriber the
/// presences it hears that were updated in the last two seconds.
/// </summary>
internal sealed partial class Odoo19Presence : IPresenceDialect
{
    public const string ImStatusUpdated = "bus.bus/im_status_updated";

    private const string RequestPrefix = "odoo-presence-";

    // The gap between the web client's debounced subscribe and the server's, which Odoo covers by resending presences.
    private static readonly TimeSpan MissedWindow = TimeSpan.FromSeconds(2);

    public bool IsPresenceRequest(string name) => name.StartsWith(RequestPrefix, StringComparison.Ordinal);

    public async Task<PresenceSubscription> SubscribeAsync(
        DbScope scope, SocketIdentity identity, IReadOnlyCollection<string> requests, BusChannels channels, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(channels);
        var heard = new List<Persona>();
        if (identity.Persona is { } self)
        {
            heard.Add(self);
        }

        var malformed = new List<string>();
        foreach (var request in requests)
        {
            if (PresenceRequest().Match(request) is not { Success: true } match)
            {
                malformed.Add(request);
                continue;
            }

            if (!int.TryParse(match.Groups["id"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                continue;
            }

            var model = match.Groups["model"].Value;
            var persona = model == Odoo19Shapes.Guest ? Persona.Guest(id) : Persona.Partner(id);
            var token = match.Groups["token"].Success ? match.Groups["token"].Value : null;

            // Every simulated user is internal, and internal users may read any partner and guest.
            if (!heard.Contains(persona) && await ExistsAsync(scope, persona, cancellationToken)
                && (identity.User is not null || Odoo19AccessToken.IsValid(token, "im_status", model, id)))
            {
                heard.Add(persona);
            }
        }

        var missed = identity.Persona is { } subscriber ? await MissedAsync(scope, subscriber, heard, channels, cancellationToken) : [];
        return new PresenceSubscription(heard.Select(channels.Presence).ToList(), missed, malformed);
    }

    public IReadOnlyList<BusNotification> PresenceChanged(PresenceStatus presence, BusChannels channels)
    {
        ArgumentNullException.ThrowIfNull(presence);
        ArgumentNullException.ThrowIfNull(channels);

        // A guest's im_status is its presence's status; a partner's is its user's, the same here (no manual status).
        return [new(channels.Presence(presence.Persona), ImStatusUpdated, Payload(presence, presence.Status))];
    }

    private static async Task<List<BusNotification>> MissedAsync(
        DbScope scope, Persona subscriber, List<Persona> heard, BusChannels channels, CancellationToken cancellationToken)
    {
        var recent = await PresenceStore.PolledWithinAsync(scope, heard, MissedWindow, cancellationToken);
        if (recent.Count == 0)
        {
            return [];
        }

        // Sent to the subscriber itself, not on a presence channel; Odoo fills im_status with the subscriber's own.
        var subscriberStatus = await PresenceStore.GetAsync(scope, subscriber, cancellationToken);
        return [.. recent.Select(p => new BusNotification(channels.Of(subscriber), ImStatusUpdated, Payload(p, subscriberStatus)))];
    }

    private static JsonObject Payload(PresenceStatus presence, string imStatus) => new()
    {
        ["presence_status"] = presence.Status,
        ["im_status"] = imStatus,
        ["guest_id"] = presence.Persona.IsGuest ? presence.Persona.Id : false,
        ["partner_id"] = presence.Persona.IsGuest ? false : presence.Persona.Id,
    };

    private static async Task<bool> ExistsAsync(DbScope scope, Persona persona, CancellationToken cancellationToken) =>
        persona.IsGuest
            ? await GuestStore.GetAsync(scope, persona.Id, cancellationToken) is not null
            : await UserStore.GetPartnerAsync(scope, persona.Id, cancellationToken) is not null;

    [GeneratedRegex(@"^odoo-presence-(?<model>res\.partner|mail\.guest)_(?<id>\d+)(?:-(?<token>[a-f0-9]{64}o0x[a-f0-9]+))?$")]
    private static partial Regex PresenceRequest();
}
