using System.Globalization;
using System.Text;
using OdooAspire.OdooSimulator.Persistence;

namespace OdooAspire.OdooSimulator.Bus;

/// <summary>
/// Reads the notifications a socket has not seen: ids above <c>last</c>, or, for <c>last = 0</c>,
/// those of the replay window (Odoo's behaviour for a fresh subscription).
/// </summary>
internal static class BusPoller
{
    public static Task<List<(long Id, string Message)>> PollAsync(
        DbScope scope, IReadOnlyCollection<string> channels, long last, TimeSpan replayWindow, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(channels);
        var condition = last > 0 ? "id > $2" : "create_date > now() - $2";
        return scope.QueryAsync(
            $"SELECT id, message FROM bus_bus WHERE channel = ANY($1) AND {condition} ORDER BY id",
            r => (r.GetInt64(0), r.GetString(1)),
            cancellationToken,
            channels.ToArray(),
            last > 0 ? last : replayWindow);
    }

    /// <summary>The newest bus id (Odoo puts it in *_bus_id fields so the client knows what it has seen).</summary>
    public static Task<long> LastIdAsync(DbScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.ScalarAsync<long>("SELECT coalesce(max(id), 0) FROM bus_bus", cancellationToken);
    }

    /// <summary>The server frame: a JSON array of <c>{"id": .., "message": ..}</c>.</summary>
    public static string ToFrame(IEnumerable<(long Id, string Message)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var frame = new StringBuilder("[");
        foreach (var (id, message) in rows)
        {
            if (frame.Length > 1)
            {
                frame.Append(',');
            }

            frame.Append(CultureInfo.InvariantCulture, $"{{\"id\":{id},\"message\":{message}}}");
        }

        return frame.Append(']').ToString();
    }
}
