namespace OdooAspire.OdooSimulator.Persistence;

/// <summary>res_users and res_partner lookups.</summary>
internal static class UserStore
{
    private const string UserColumns =
        "SELECT u.id, u.login, u.partner_id, p.name, p.write_date FROM res_users u JOIN res_partner p ON p.id = u.partner_id";

    public static async Task<UserRecord?> AuthenticateAsync(DbScope scope, string login, string password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var rows = await scope.QueryAsync(
            "SELECT id, password_hash FROM res_users WHERE login = $1 AND active",
            r => (Id: r.GetInt32(0), Hash: r.GetString(1)),
            cancellationToken,
            login);
        return rows.Count == 1 && PasswordHasher.Verify(password, rows[0].Hash)
            ? await GetAsync(scope, rows[0].Id, cancellationToken)
            : null;
    }

    public static Task<UserRecord?> GetAsync(DbScope scope, int uid, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.SingleOrDefaultAsync(
            UserColumns + " WHERE u.id = $1",
            r => new UserRecord(r.GetInt32(0), r.GetString(1), r.GetInt32(2), r.GetString(3), r.GetDateTime(4)),
            cancellationToken,
            uid);
    }

    public static Task<PartnerRecord?> GetPartnerAsync(DbScope scope, int partnerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.SingleOrDefaultAsync(
            "SELECT p.id, p.name, p.active, p.write_date, (SELECT min(u.id) FROM res_users u WHERE u.partner_id = p.id) FROM res_partner p WHERE p.id = $1",
            r => new PartnerRecord(r.GetInt32(0), r.GetString(1), r.GetBoolean(2), r.GetDateTime(3), r.NullableInt32(4)),
            cancellationToken,
            partnerId);
    }
}
