using System.Text.Json;

namespace OdooAspire.Odoo.Client;

/// <summary>
/// One element of a bus frame: <c>{"id": n, "message": {"type": t, "payload": {...}}}</c>. The readers below accept
/// the payload shapes of Odoo 17.0, 18.0 and 19.0 alike, so a test's predicate holds whatever the server's series.
/// </summary>
/// <param name="Id">The <c>bus.bus</c> row id; a reconnecting client subscribes with the highest one seen.</param>
/// <param name="Type">The notification type, e.g. <c>discuss.channel/new_message</c>.</param>
/// <param name="Payload">The payload as Odoo sent it.</param>
/// <param name="ReceivedAt">When the frame arrived (<see cref="System.Diagnostics.Stopwatch"/> timestamp).</param>
public sealed record BusNotification(long Id, string Type, JsonElement Payload, long ReceivedAt)
{
    public const string NewMessage = "discuss.channel/new_message";
    public const string RecordInsert = "mail.record/insert";
    public const string ChannelJoined = "discuss.channel/joined";

    /// <summary>Odoo 17.0's typing notification (18.0 and 19.0 insert the member record instead).</summary>
    public const string TypingStatus = "discuss.channel.member/typing_status";

    /// <summary>Odoo 19.0's presence change of a partner or guest.</summary>
    public const string ImStatusUpdated = "bus.bus/im_status_updated";

    /// <summary>The channel of a <c>new_message</c> notification (<c>payload.id</c> in every series), or 0.</summary>
    public long ChannelId => Type == NewMessage ? IdOf(Payload, "id") : 0;

    /// <summary>A new message in <paramref name="channelId"/> whose body contains <paramref name="text"/>.</summary>
    public bool IsNewMessage(long channelId, string text) =>
        Type == NewMessage && ChannelId == channelId && MessageBody() is { } body && body.Contains(text, StringComparison.Ordinal);

    /// <summary>
    /// The HTML body of a <c>new_message</c> notification: <c>payload.message.body</c> (17.0),
    /// <c>payload.data["mail.message"][0].body</c> (18.0), the same as <c>["markup", html]</c> (19.0).
    /// </summary>
    public string? MessageBody()
    {
        if (Type != NewMessage)
        {
            return null;
        }

        if (PayloadHas("message", out var message) && message.ValueKind == JsonValueKind.Object)
        {
            return HtmlOf(message, "body");
        }

        return PayloadHas("data", out var data) && data.ValueKind == JsonValueKind.Object
            && data.TryGetProperty("mail.message", out var messages) && messages.ValueKind == JsonValueKind.Array && messages.GetArrayLength() > 0
            ? HtmlOf(messages[0], "body")
            : null;
    }

    /// <summary>
    /// A typing update of a member of <paramref name="channelId"/> whose persona is a <paramref name="personaType"/>
    /// (<c>guest</c> or <c>partner</c>): 17.0 sends the member itself as <c>typing_status</c>; 18.0 and 19.0 insert
    /// <c>discuss.channel.member</c> records with <c>isTyping</c>.
    /// </summary>
    public bool IsTyping(long channelId, string personaType, bool typing)
    {
        if (Type == TypingStatus)
        {
            return IsTypingMember(Payload, channelId, personaType, typing);
        }

        return Type == RecordInsert && PayloadHas("discuss.channel.member", out var members)
            && Records(members).Any(member => IsTypingMember(member, channelId, personaType, typing));
    }

    /// <summary>
    /// A record insert that announces the livechat channel <paramref name="channelId"/>: a <c>discuss.channel</c>
    /// record (18.0, 19.0) or a <c>Thread</c> of model <c>discuss.channel</c> (17.0).
    /// </summary>
    public bool AnnouncesChannel(long channelId)
    {
        if (Type != RecordInsert)
        {
            return false;
        }

        if (PayloadHas("discuss.channel", out var channels) && Records(channels).Any(c => IdOf(c, "id") == channelId))
        {
            return true;
        }

        return PayloadHas("Thread", out var threads)
            && Records(threads).Any(t => IdOf(t, "id") == channelId && StringOf(t, "model") == "discuss.channel");
    }

    /// <summary>
    /// <c>discuss.channel/joined</c> of <paramref name="channelId"/>: the channel's info in <c>payload.channel</c>
    /// (17.0, 18.0) or its id in <c>payload.channel_id</c> (19.0).
    /// </summary>
    public bool JoinsChannel(long channelId) =>
        Type == ChannelJoined
        && (IdOf(Payload, "channel_id") == channelId
            || (PayloadHas("channel", out var channel) && IdOf(channel, "id") == channelId));

    public override string ToString() => $"#{Id} {Type}";

    /// <summary>19.0's presence notification of guest <paramref name="guestId"/> (<c>payload.guest_id</c>).</summary>
    internal bool ReportsPresenceOfGuest(long guestId) =>
        Type == ImStatusUpdated && guestId != 0 && IdOf(Payload, "guest_id") == guestId;

    /// <summary>A property of the payload, which Odoo always sends as an object (a malformed one has none).</summary>
    private bool PayloadHas(string name, out JsonElement value)
    {
        value = default;
        return Payload.ValueKind == JsonValueKind.Object && Payload.TryGetProperty(name, out value);
    }

    private static bool IsTypingMember(JsonElement member, long channelId, string personaType, bool typing) =>
        member.ValueKind == JsonValueKind.Object
        && member.TryGetProperty("isTyping", out var isTyping) && isTyping.ValueKind is JsonValueKind.True or JsonValueKind.False
        && isTyping.GetBoolean() == typing
        && ChannelOf(member) == channelId
        && PersonaTypeOf(member) == personaType;

    /// <summary>A member's channel: <c>thread.id</c> (17.0, 18.0) or <c>channel_id</c>, a thread reference or an id (19.0).</summary>
    private static long ChannelOf(JsonElement member)
    {
        if (member.TryGetProperty("thread", out var thread))
        {
            return IdOf(thread, "id");
        }

        return member.TryGetProperty("channel_id", out var channel) ? channel.ValueKind == JsonValueKind.Object ? IdOf(channel, "id") : IdValue(channel) : 0;
    }

    /// <summary>A member's persona: <c>persona.type</c> (17.0, 18.0), or which of <c>guest_id</c>/<c>partner_id</c> it has (19.0).</summary>
    private static string? PersonaTypeOf(JsonElement member)
    {
        if (member.TryGetProperty("persona", out var persona))
        {
            return StringOf(persona, "type");
        }

        if (member.TryGetProperty("guest_id", out var guest) && IdValue(guest) != 0)
        {
            return "guest";
        }

        return member.TryGetProperty("partner_id", out var partner) && IdValue(partner) != 0 ? "partner" : null;
    }

    /// <summary>A store's records of one model: a list, or a single object (17.0's <c>Thread</c>).</summary>
    private static IEnumerable<JsonElement> Records(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => value.EnumerateArray(),
        JsonValueKind.Object => [value],
        _ => [],
    };

    /// <summary>An HTML field: a string, or 19.0's <c>["markup", html]</c>.</summary>
    private static string? HtmlOf(JsonElement record, string name)
    {
        if (record.ValueKind != JsonValueKind.Object || !record.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array when value.GetArrayLength() == 2 && value[0].ValueKind == JsonValueKind.String
                && value[0].GetString() == "markup" && value[1].ValueKind == JsonValueKind.String => value[1].GetString(),
            _ => null,
        };
    }

    private static string? StringOf(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static long IdOf(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? IdValue(value) : 0;

    /// <summary>An id, or 0 for Odoo's <c>false</c> (no record).</summary>
    private static long IdValue(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var id) ? id : 0;
}
