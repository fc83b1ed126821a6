using System.Text.Json.Nodes;

namespace OdooAspire.OdooSimulator.Tests.Infrastructure;

/// <summary>
/// How a client speaks LiveChat to one Odoo version: the calls and shapes that differ between 17.0, 18.0 and
/// 19.0, so that a scenario reads the same for all of them.
/// </summary>
internal interface ILiveChatWire
{
    string Series { get; }

    string BusVersion { get; }

    /// <summary>The data of update_presence as this version's web client sends it.</summary>
    JsonObject PresenceData();

    Task<bool> IsOperatorAvailableAsync(OdooTestClient visitor, int livechatChannelId);

    /// <summary>Starts a persisted session; asserts the answer names a livechat and the guest cookie is set.</summary>
    Task<VisitorSession> StartSessionAsync(OdooTestClient visitor, int livechatChannelId);

    /// <summary>Whether a <c>mail.record/insert</c> payload the operator receives announces the channel.</summary>
    bool AnnouncesChannel(JsonObject payload, int channelId);

    /// <summary>Waits for what the visitor's socket hears about joining (nothing in 19).</summary>
    Task WaitUntilJoinedAsync(BusTestSocket visitorBus, int channelId);

    /// <summary>The message of a <c>discuss.channel/new_message</c> payload, or null when it is about another channel.</summary>
    ReceivedMessage? ReadNewMessage(JsonObject payload, int channelId);

    /// <summary>The notification type that carries typing.</summary>
    string TypingType { get; }

    bool IsTyping(JsonObject payload, string personaType, int personaId, bool typing);

    Task LeaveAsync(OdooTestClient visitor, VisitorSession session);
}
