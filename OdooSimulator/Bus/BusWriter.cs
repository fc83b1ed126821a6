using System.Text.Json.Nodes;
using OdooAspire.OdooSimulator.Persistence;

namespace OdooAspire.OdooSimulator.Bus;

/// <summary>
/// Sends notifications the way Odoo does: rows in bus_bus and <c>NOTIFY imbus</c> in the same transaction,
/// so listeners hear about them exactly when they are committed.
/// </summary>
internal static class BusWriter
{
    public const string NotifyChannel = "imbus";

    /// <summary>The advisory lock that orders bus writers (any constant unique to this purpose).</summary>
    private const long WriterLockKey = 0x6275735F62757300;

    public static async Task SendAsync(DbScope scope, IReadOnlyList<BusNotification> notifications, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(notifications);
        if (notifications.Count == 0)
        {
            return;
        }

        // Readers fetch "id > last": ids must become visible in the order they were allocated, or a reader that
        // sees a later id first skips an earlier one that commits a moment after. Holding this lock until commit
        // serialises the writers, so a row's id is never smaller than one already visible.
        await scope.ExecuteAsync("SELECT pg_advisory_xact_lock($1)", cancellationToken, WriterLockKey);
        foreach (var notification in notifications)
        {
            await scope.ExecuteAsync(
                "INSERT INTO bus_bus (channel, message) VALUES ($1, $2)", cancellationToken, notification.Channel, notification.MessageJson);
        }

        var channels = new JsonArray();
        foreach (var channel in notifications.Select(n => n.Channel).Distinct(StringComparer.Ordinal))
        {
            channels.Add(JsonNode.Parse(channel));
        }

        await scope.ExecuteAsync("SELECT pg_notify($1, $2)", cancellationToken, NotifyChannel, channels.ToJsonString());
    }
}
