using System.Text.Json;

namespace OdooAspire.Odoo.Client;

/// <summary>One element of a bus frame: <c>{"id": n, "message": {"type": t, "payload": {...}}}</c>.</summary>
/// <param name="Id">The <c>bus.bus</c> row id; a reconnecting client subscribes with the highest one seen.</param>
/// <param name="Type">The notification type, e.g. <c>discuss.channel/new_message</c>.</param>
/// <param name="Payload">The payload as Odoo sent it.</param>
/// <param name="ReceivedAt">When the frame arrived (<see cref="System.Diagnostics.Stopwatch"/> timestamp).</param>
public sealed record BusNotification(long Id, string Type, JsonElement Payload, long ReceivedAt)
{
    public const string NewMessage = "discuss.channel/new_message";
    public const string RecordInsert = "mail.record/insert";

    /// <summary>A new message in <paramref name="channelId"/> whose body contains <paramref name="text"/>.</summary>
    public bool IsNewMessage(long channelId, string text) =>
        Type == NewMessage
        && Payload.TryGetProperty("id", out var id) && id.GetInt64() == channelId
        && MessageBody() is { } body && body.Contains(text, StringComparison.Ordinal);

    /// <summary>The body of a <c>new_message</c> notification (Odoo 18: <c>payload.data["mail.message"][0].body</c>).</summary>
    public string? MessageBody()
    {
        if (Type != NewMessage || !Payload.TryGetProperty("data", out var data)
            || !data.TryGetProperty("mail.message", out var messages) || messages.GetArrayLength() == 0)
        {
            return null;
        }

        return messages[0].TryGetProperty("body", out var body) ? body.GetString() : null;
    }

    /// <summary>A typing update of a member of <paramref name="channelId"/> whose persona has <paramref name="personaType"/>.</summary>
    public bool IsTyping(long channelId, string personaType, bool typing)
    {
        if (Type != RecordInsert || !Payload.TryGetProperty("discuss.channel.member", out var members))
        {
            return false;
        }

        foreach (var member in members.EnumerateArray())
        {
            if (member.TryGetProperty("isTyping", out var isTyping) && isTyping.ValueKind is JsonValueKind.True or JsonValueKind.False
                && isTyping.GetBoolean() == typing
                && member.TryGetProperty("thread", out var thread) && thread.TryGetProperty("id", out var threadId) && threadId.GetInt64() == channelId
                && member.TryGetProperty("persona", out var persona) && persona.TryGetProperty("type", out var type) && type.GetString() == personaType)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A record insert that announces the livechat channel <paramref name="channelId"/>.</summary>
    public bool AnnouncesChannel(long channelId)
    {
        if (Type != RecordInsert || !Payload.TryGetProperty("discuss.channel", out var channels))
        {
            return false;
        }

        return channels.EnumerateArray().Any(c => c.TryGetProperty("id", out var id) && id.GetInt64() == channelId);
    }

    public override string ToString() => $"#{Id} {Type}";
}
