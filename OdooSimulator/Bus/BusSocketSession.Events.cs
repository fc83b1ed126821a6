using System.Text.Json;
using System.Text.Json.Nodes;
using OdooAspire.OdooSimulator.Persistence;

namespace OdooAspire.OdooSimulator.Bus;

/// <summary>The two client events of Odoo's bus: <c>subscribe</c> and <c>update_presence</c>.</summary>
internal sealed partial class BusSocketSession
{
    private async Task HandleEventAsync(string text, CancellationToken cancellationToken)
    {
        try
        {
            var request = JsonNode.Parse(text) as JsonObject ?? throw new BusEventException("the event must be a JSON object");
            var name = request["event_name"]?.GetValue<string>() ?? throw new BusEventException("Key 'event_name' is missing from request");
            var data = request["data"] as JsonObject ?? [];
            switch (name)
            {
                case "subscribe":
                    await SubscribeAsync(data, cancellationToken);
                    break;
                case "update_presence":
                    await UpdatePresenceAsync(data, cancellationToken);
                    break;
                default:
                    LogUnknownEvent(name);
                    break;
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or BusEventException)
        {
            // Odoo logs a bad client event and keeps the socket open.
            LogBadEvent(ex.Message);
        }
    }

    private async Task SubscribeAsync(JsonObject data, CancellationToken cancellationToken)
    {
        var last = data["last"]?.GetValue<long>() ?? 0;
        if (last < 0 || data["channels"] is not JsonArray requested)
        {
            throw new BusEventException("subscribe needs 'channels' (a list) and 'last' (a non-negative integer)");
        }

        var names = requested.Select(v => v is JsonValue value && value.TryGetValue<string>(out var s) ? s : null).ToList();
        if (names.Any(n => n is null))
        {
            throw new BusEventException("bus.Bus only string channels are allowed.");
        }

        var (subscription, newest) = await _services.Database.InTransactionAsync(
            async scope =>
            {
                var subscription = await _services.ChannelResolver.ResolveAsync(scope, _identity, names!, cancellationToken);
                var newest = await BusPoller.LastIdAsync(scope, cancellationToken);

                // What the subscribe itself sends (19's missed presences) gets ids above anything seen: the pump below delivers it.
                await BusWriter.SendAsync(scope, subscription.Notifications, cancellationToken);
                return (subscription, newest);
            },
            cancellationToken);
        Volatile.Write(ref _channels, subscription.Channels);
        if (!_subscribed)
        {
            // Like Odoo, the client's 'last' counts only at the first subscribe; later the server knows better.
            // A 'last' from the future (another database, a reset) counts as 0, as in Odoo.
            _lastSentId = last > newest ? 0 : last;
            _subscribed = true;
        }

        await PumpAsync(cancellationToken);
    }

    private async Task UpdatePresenceAsync(JsonObject data, CancellationToken cancellationToken)
    {
        // Odoo passes the data as keyword arguments: a key it does not take, or one missing, raises and the
        // persona's presence is not updated (how an 18-shaped client never becomes present on 19).
        var fields = _services.Profile.PresenceFields;
        if (data.Select(p => p.Key).FirstOrDefault(k => !fields.Contains(k)) is { } unexpected)
        {
            throw new BusEventException(
                $"update_presence got an unexpected keyword argument '{unexpected}' ({_services.Profile} takes {string.Join(", ", fields)})");
        }

        if (fields.FirstOrDefault(f => data[f] is null) is { } missing)
        {
            throw new BusEventException($"update_presence missing required argument '{missing}' ({_services.Profile} takes {string.Join(", ", fields)})");
        }

        if (data["inactivity_period"] is not JsonValue inactivity)
        {
            throw new BusEventException("update_presence: inactivity_period must be a number");
        }

        var persona = _identity.Persona;
        if (persona is null)
        {
            return;
        }

        var status = inactivity.GetValue<long>() > BusSocketServices.AwayAfter.TotalMilliseconds ? "away" : "online";
        await _services.Database.InTransactionAsync(
            async scope => await AnnounceAsync(scope, await PresenceStore.UpdateAsync(scope, persona, status, cancellationToken), cancellationToken),
            cancellationToken);
    }

    /// <summary>Sends what the profile says a created or changed presence sends (nothing before 19), in the same transaction.</summary>
    private Task AnnounceAsync(DbScope scope, PresenceStatus? changed, CancellationToken cancellationToken) =>
        changed is null
            ? Task.CompletedTask
            : BusWriter.SendAsync(scope, _services.Profile.Presence.PresenceChanged(changed, _services.Channels), cancellationToken);
}
