using System.Security.Cryptography;
using Npgsql;

namespace OdooAspire.OdooSimulator.Persistence;

/// <summary>discuss.channel and discuss.channel.member rows.</summary>
internal static class DiscussChannelStore
{
    private const string ChannelColumns =
        "SELECT id, name, channel_type, uuid, livechat_channel_id, livechat_operator_id, livechat_active, anonymous_name, create_uid, last_interest_dt FROM discuss_channel";

    private const string MemberColumnList =
        "id, channel_id, partner_id, guest_id, create_date, last_interest_dt, fetched_message_id, seen_message_id, last_seen_dt, is_typing_dt";

    private const string MemberColumns = "SELECT " + MemberColumnList + " FROM discuss_channel_member";

    public static async Task<ChannelRecord> CreateLivechatAsync(
        DbScope scope, int livechatChannelId, PartnerRecord operatorPartner, string anonymousName, int createUid, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(operatorPartner);
        var uuid = RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10);
        var id = await scope.ScalarAsync<int>(
            """
            INSERT INTO discuss_channel (name, channel_type, uuid, livechat_channel_id, livechat_operator_id, livechat_active, anonymous_name, create_uid)
            VALUES ($1, 'livechat', $2, $3, $4, true, $5, $6) RETURNING id
            """,
            cancellationToken,
            $"{anonymousName} {operatorPartner.Name}",
            uuid,
            livechatChannelId,
            operatorPartner.Id,
            anonymousName,
            createUid);
        return (await GetAsync(scope, id, cancellationToken))!;
    }

    public static Task<ChannelRecord?> GetAsync(DbScope scope, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.SingleOrDefaultAsync(ChannelColumns + " WHERE id = $1", MapChannel, cancellationToken, id);
    }

    /// <summary>The channel whose uuid this is (how Odoo 17 names a livechat to its visitor).</summary>
    public static Task<ChannelRecord?> FindByUuidAsync(DbScope scope, string uuid, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.SingleOrDefaultAsync(ChannelColumns + " WHERE uuid = $1", MapChannel, cancellationToken, uuid);
    }

    public static Task<MemberRecord> AddMemberAsync(DbScope scope, int channelId, Persona persona, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(persona);
        return scope.SingleOrDefaultAsync(
            $"INSERT INTO discuss_channel_member (channel_id, {Column(persona)}) VALUES ($1, $2) RETURNING " + MemberColumnList,
            MapMember,
            cancellationToken,
            channelId,
            persona.Id)!;
    }

    public static Task<List<MemberRecord>> MembersAsync(DbScope scope, int channelId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.QueryAsync(MemberColumns + " WHERE channel_id = $1 ORDER BY id", MapMember, cancellationToken, channelId);
    }

    public static Task<MemberRecord?> FindMemberAsync(DbScope scope, int channelId, Persona persona, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(persona);
        return scope.SingleOrDefaultAsync(
            MemberColumns + $" WHERE channel_id = $1 AND {Column(persona)} = $2", MapMember, cancellationToken, channelId, persona.Id);
    }

    public static Task<List<int>> ChannelIdsOfAsync(DbScope scope, Persona persona, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(persona);
        return scope.QueryAsync(
            $"SELECT channel_id FROM discuss_channel_member WHERE {Column(persona)} = $1 ORDER BY channel_id",
            r => r.GetInt32(0),
            cancellationToken,
            persona.Id);
    }

    public static Task<DateTime> TouchInterestAsync(DbScope scope, int channelId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.ScalarAsync<DateTime>(
            "UPDATE discuss_channel SET last_interest_dt = now() WHERE id = $1 RETURNING last_interest_dt", cancellationToken, channelId);
    }

    public static Task MarkSeenAsync(DbScope scope, int memberId, int messageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.ExecuteAsync(
            "UPDATE discuss_channel_member SET fetched_message_id = $2, seen_message_id = $2, last_seen_dt = now(), last_interest_dt = now() WHERE id = $1",
            cancellationToken,
            memberId,
            messageId);
    }

    public static Task SetTypingAsync(DbScope scope, int memberId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.ExecuteAsync("UPDATE discuss_channel_member SET is_typing_dt = now() WHERE id = $1", cancellationToken, memberId);
    }

    /// <summary>Ends the livechat; returns when (19 sends it as <c>livechat_end_dt</c>).</summary>
    public static Task<DateTime> CloseLivechatAsync(DbScope scope, int channelId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.ScalarAsync<DateTime>(
            "UPDATE discuss_channel SET livechat_active = false WHERE id = $1 RETURNING now()", cancellationToken, channelId);
    }

    private static string Column(Persona persona) => persona.IsGuest ? "guest_id" : "partner_id";

    private static ChannelRecord MapChannel(NpgsqlDataReader r) => new(
        r.GetInt32(0), r.GetString(1), r.GetString(2), r.GetString(3), r.NullableInt32(4), r.NullableInt32(5),
        r.GetBoolean(6), r.NullableString(7), r.GetInt32(8), r.NullableDateTime(9));

    private static MemberRecord MapMember(NpgsqlDataReader r) => new(
        r.GetInt32(0),
        r.GetInt32(1),
        r.IsDBNull(2) ? Persona.Guest(r.GetInt32(3)) : Persona.Partner(r.GetInt32(2)),
        r.GetDateTime(4),
        r.GetDateTime(5),
        r.NullableInt32(6),
        r.NullableInt32(7),
        r.NullableDateTime(8),
        r.NullableDateTime(9));
}
