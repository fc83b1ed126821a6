using System.Security.Cryptography;

namespace OdooAspire.OdooSimulator.Persistence;

/// <summary>mail.guest: the identity of an anonymous visitor, carried by the <c>dgid</c> cookie.</summary>
internal static class GuestStore
{
    public static Task<GuestRecord> CreateAsync(DbScope scope, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var token = Guid.NewGuid().ToString();
        return scope.SingleOrDefaultAsync(
            "INSERT INTO mail_guest (name, access_token) VALUES ($1, $2) RETURNING id, name, access_token, write_date",
            Map,
            cancellationToken,
            name,
            token)!;
    }

    public static async Task<GuestRecord?> FindByCookieAsync(DbScope scope, string? cookie, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var parts = cookie?.Split('|');
        if (parts is not { Length: 2 } || !int.TryParse(parts[0], out var id))
        {
            return null;
        }

        var guest = await GetAsync(scope, id, cancellationToken);
        return guest is not null && CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.UTF8.GetBytes(guest.AccessToken),
                System.Text.Encoding.UTF8.GetBytes(parts[1]))
            ? guest
            : null;
    }

    public static Task<GuestRecord?> GetAsync(DbScope scope, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.SingleOrDefaultAsync(
            "SELECT id, name, access_token, write_date FROM mail_guest WHERE id = $1", Map, cancellationToken, id);
    }

    private static GuestRecord Map(Npgsql.NpgsqlDataReader r) => new(r.GetInt32(0), r.GetString(1), r.GetString(2), r.GetDateTime(3));
}
