namespace OdooAspire.OdooSimulator.Persistence;

/// <summary>
/// bus.presence (mail.presence in 19): one row per persona, created by its first <c>update_presence</c>, online or
/// away while a present socket is open, offline when one closes. Writers learn whether the status changed, because
/// Odoo announces a presence only when it is created or its status changes.
/// </summary>
internal static class PresenceStore
{
    /// <summary><c>update_presence</c>: creates the presence or writes it; the change, or null when the status stayed.</summary>
    public static async Task<PresenceStatus?> UpdateAsync(DbScope scope, Persona persona, string status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(persona);
        var column = ColumnOf(persona);
        var created = await scope.ExecuteAsync(
            $"INSERT INTO bus_presence ({column}, status, last_presence, last_poll) VALUES ($1, $2, now(), now()) ON CONFLICT ({column}) DO NOTHING",
            cancellationToken,
            persona.Id,
            status);
        if (created == 1)
        {
            return new PresenceStatus(persona, status);
        }

        var previous = await LockStatusAsync(scope, column, persona, cancellationToken);
        await scope.ExecuteAsync(
            $"UPDATE bus_presence SET status = $2, last_presence = now(), last_poll = now() WHERE {column} = $1", cancellationToken, persona.Id, status);
        return previous == status ? null : new PresenceStatus(persona, status);
    }

    /// <summary>A socket closed: an existing presence goes offline (none is created); the change, or null when there was none.</summary>
    public static async Task<PresenceStatus?> SetOfflineAsync(DbScope scope, Persona persona, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(persona);
        var column = ColumnOf(persona);
        var previous = await LockStatusAsync(scope, column, persona, cancellationToken);
        if (previous is null or "offline")
        {
            return null;
        }

        await scope.ExecuteAsync($"UPDATE bus_presence SET status = 'offline' WHERE {column} = $1", cancellationToken, persona.Id);
        return new PresenceStatus(persona, "offline");
    }

    public static async Task<string> GetAsync(DbScope scope, Persona persona, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(persona);
        var rows = await scope.QueryAsync(
            $"SELECT status FROM bus_presence WHERE {ColumnOf(persona)} = $1", r => r.GetString(0), cancellationToken, persona.Id);
        return rows.Count == 0 ? "offline" : rows[0];
    }

    /// <summary>The presences among <paramref name="personas"/> whose last <c>update_presence</c> is younger than <paramref name="age"/>.</summary>
    public static async Task<List<PresenceStatus>> PolledWithinAsync(
        DbScope scope, IReadOnlyCollection<Persona> personas, TimeSpan age, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(personas);
        if (personas.Count == 0)
        {
            return [];
        }

        return await scope.QueryAsync(
            "SELECT partner_id, guest_id, status FROM bus_presence " +
            "WHERE last_poll > now() - $3 AND (partner_id = ANY($1) OR guest_id = ANY($2)) ORDER BY id",
            r => new PresenceStatus(r.IsDBNull(0) ? Persona.Guest(r.GetInt32(1)) : Persona.Partner(r.GetInt32(0)), r.GetString(2)),
            cancellationToken,
            personas.Where(p => !p.IsGuest).Select(p => p.Id).ToArray(),
            personas.Where(p => p.IsGuest).Select(p => p.Id).ToArray(),
            age);
    }

    private static async Task<string?> LockStatusAsync(DbScope scope, string column, Persona persona, CancellationToken cancellationToken)
    {
        var rows = await scope.QueryAsync(
            $"SELECT status FROM bus_presence WHERE {column} = $1 FOR UPDATE", r => r.GetString(0), cancellationToken, persona.Id);
        return rows.Count == 0 ? null : rows[0];
    }

    private static string ColumnOf(Persona persona) => persona.IsGuest ? "guest_id" : "partner_id";
}
