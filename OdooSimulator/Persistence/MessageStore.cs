namespace OdooAspire.OdooSimulator.Persistence;

/// <summary>mail.message rows posted in discuss channels.</summary>
internal static class MessageStore
{
    public static Task<MessageRecord> InsertAsync(
        DbScope scope, int channelId, string body, string messageType, Persona author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(author);
        return scope.SingleOrDefaultAsync(
            """
            INSERT INTO mail_message (model, res_id, body, message_type, author_partner_id, author_guest_id)
            VALUES ('discuss.channel', $1, $2, $3, $4, $5) RETURNING id, create_date
            """,
            r => new MessageRecord(r.GetInt32(0), "discuss.channel", channelId, body, messageType, author, r.GetDateTime(1)),
            cancellationToken,
            channelId,
            body,
            messageType,
            author.IsGuest ? null : author.Id,
            author.IsGuest ? author.Id : null)!;
    }

    public static Task<bool> AnyInChannelAsync(DbScope scope, int channelId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.ScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM mail_message WHERE model = 'discuss.channel' AND res_id = $1)", cancellationToken, channelId);
    }
}
