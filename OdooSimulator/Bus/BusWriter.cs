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

    public static async Task SendAsync(DbScope scope, IReadOnlyList<BusNotification> notifications, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(notifications);
        if (notifications.Count == 0)
        {
            return;
        }

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
