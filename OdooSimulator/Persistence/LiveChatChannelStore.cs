namespace OdooAspire.OdooSimulator.Persistence;

/// <summary>im_livechat.channel and its operators (user_ids).</summary>
internal static class LiveChatChannelStore
{
    public static Task<string?> GetNameAsync(DbScope scope, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.SingleOrDefaultAsync(
            "SELECT name FROM im_livechat_channel WHERE id = $1", r => r.GetString(0), cancellationToken, id);
    }

    public static Task<List<(int Id, string Name)>> ListAsync(DbScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.QueryAsync(
            "SELECT id, name FROM im_livechat_channel ORDER BY id", r => (r.GetInt32(0), r.GetString(1)), cancellationToken);
    }

    public static Task<List<int>> OperatorIdsAsync(DbScope scope, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.QueryAsync(
            "SELECT user_id FROM im_livechat_channel_operator WHERE livechat_channel_id = $1 ORDER BY user_id",
            r => r.GetInt32(0),
            cancellationToken,
            id);
    }

    public static Task AddOperatorAsync(DbScope scope, int id, int uid, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.ExecuteAsync(
            "INSERT INTO im_livechat_channel_operator (livechat_channel_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            cancellationToken,
            id,
            uid);
    }

    public static Task RemoveOperatorAsync(DbScope scope, int id, int uid, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.ExecuteAsync(
            "DELETE FROM im_livechat_channel_operator WHERE livechat_channel_id = $1 AND user_id = $2", cancellationToken, id, uid);
    }

    /// <summary>An operator of the channel whose presence is online, the one with the fewest active chats first.</summary>
    public static async Task<UserRecord?> FindAvailableOperatorAsync(DbScope scope, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var uids = await scope.QueryAsync(
            """
            SELECT o.user_id FROM im_livechat_channel_operator o
            JOIN res_users u ON u.id = o.user_id
            JOIN bus_presence p ON p.partner_id = u.partner_id AND p.status = 'online'
            WHERE o.livechat_channel_id = $1
            ORDER BY (SELECT count(*) FROM discuss_channel c WHERE c.livechat_operator_id = u.partner_id AND c.livechat_active), o.user_id
            LIMIT 1
            """,
            r => r.GetInt32(0),
            cancellationToken,
            id);
        return uids.Count == 0 ? null : await UserStore.GetAsync(scope, uids[0], cancellationToken);
    }
}
