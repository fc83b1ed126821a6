namespace OdooAspire.OdooSimulator.Persistence;

/// <summary>bus.presence: online while a present socket is open, offline when it closes.</summary>
internal static class PresenceStore
{
    public static Task SetAsync(DbScope scope, Persona persona, string status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(persona);
        var column = persona.IsGuest ? "guest_id" : "partner_id";
        return scope.ExecuteAsync(
            $"INSERT INTO bus_presence ({column}, status, last_presence) VALUES ($1, $2, now()) " +
            $"ON CONFLICT ({column}) DO UPDATE SET status = excluded.status, last_presence = now()",
            cancellationToken,
            persona.Id,
            status);
    }

    public static async Task<string> GetAsync(DbScope scope, Persona persona, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(persona);
        var column = persona.IsGuest ? "guest_id" : "partner_id";
        var rows = await scope.QueryAsync(
            $"SELECT status FROM bus_presence WHERE {column} = $1", r => r.GetString(0), cancellationToken, persona.Id);
        return rows.Count == 0 ? "offline" : rows[0];
    }
}
