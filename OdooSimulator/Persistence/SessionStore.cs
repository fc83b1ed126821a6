using System.Security.Cryptography;

namespace OdooAspire.OdooSimulator.Persistence;

/// <summary>HTTP sessions kept in the database, so both listeners (workers and gevent) share them like Odoo.</summary>
internal static class SessionStore
{
    public static async Task<SessionRecord> CreateAsync(DbScope scope, int? uid, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var sid = Convert.ToBase64String(RandomNumberGenerator.GetBytes(63)).Replace('+', '-').Replace('/', '_');
        await scope.ExecuteAsync("INSERT INTO http_session (sid, uid) VALUES ($1, $2)", cancellationToken, sid, uid);
        return new SessionRecord(sid, uid);
    }

    public static Task<SessionRecord?> FindAsync(DbScope scope, string sid, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.SingleOrDefaultAsync(
            "SELECT sid, uid FROM http_session WHERE sid = $1",
            r => new SessionRecord(r.GetString(0), r.NullableInt32(1)),
            cancellationToken,
            sid);
    }
}
