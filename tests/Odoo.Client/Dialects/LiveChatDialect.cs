using System.Globalization;
using System.Text.Json;

namespace OdooAspire.Odoo.Client.Dialects;

/// <summary>
/// How one Odoo series speaks LiveChat and the bus, where the series differ: the bus version it was released with,
/// <c>update_presence</c>'s data, operator availability, <c>get_session</c>'s parameters and answer, leaving a
/// session, and what shows a visitor's socket is subscribed. Everything else (posting, typing, renaming a guest,
/// <c>subscribe</c>) is the same in 17.0, 18.0 and 19.0; notifications are parsed tolerantly by
/// <see cref="BusNotification"/>.
/// </summary>
internal abstract class LiveChatDialect
{
    /// <summary>The dialect of <paramref name="version"/>'s series.</summary>
    public static LiveChatDialect For(OdooVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return For(version.Major);
    }

    /// <summary>The dialect of a major version; the client speaks 17, 18 and 19.</summary>
    public static LiveChatDialect For(int major) => major switch
    {
        17 => Odoo17Dialect.Instance,
        18 => Odoo18Dialect.Instance,
        19 => Odoo19Dialect.Instance,
        _ => throw new NotSupportedException(
            $"Odoo {major} is not supported by this client: it speaks the LiveChat and bus of Odoo 17.0, 18.0 and 19.0."),
    };

    /// <summary>The bus version the series was released with (<c>websocket_worker_version</c> at login is authoritative).</summary>
    public abstract string ReleasedBusVersion { get; }

    /// <summary>Where the web client opens Discuss, the page an operator answers livechats in.</summary>
    public abstract string DiscussPath { get; }

    /// <summary>The <c>data</c> of <c>update_presence</c>.</summary>
    public abstract object PresenceData { get; }

    /// <summary>The call that tells whether an operator of the livechat channel is available to a visitor.</summary>
    public abstract JsonRpcCall Availability(long livechatChannelId);

    /// <summary>Reads the answer of <see cref="Availability"/>.</summary>
    public abstract bool IsAvailable(JsonElement? result);

    /// <summary>The <c>/im_livechat/get_session</c> call that starts a persisted session as a guest.</summary>
    public abstract JsonRpcCall StartSession(long livechatChannelId, string visitorName);

    /// <summary>Reads <c>get_session</c>'s answer; <c>null</c> when it started nothing (Odoo answers <c>false</c> when no operator is available).</summary>
    public abstract LiveChatSession? ReadSession(JsonElement? result);

    /// <summary>The <c>/im_livechat/visitor_leave_session</c> call.</summary>
    public abstract JsonRpcCall LeaveSession(LiveChatSession session);

    /// <summary>Whether <paramref name="notification"/> on the visitor's new socket shows the server subscribed it to the session.</summary>
    public abstract bool ConfirmsSubscription(BusNotification notification, LiveChatSession session);

    /// <summary>The guest id in a guest token or <c>dgid</c> cookie value, <c>&lt;id&gt;|&lt;access token&gt;</c>; 0 when it has none.</summary>
    public static long GuestIdOfToken(string? token)
    {
        if (token is null)
        {
            return 0;
        }

        var separator = token.IndexOf('|', StringComparison.Ordinal);
        return separator > 0 && long.TryParse(token.AsSpan(0, separator), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;
    }

    /// <summary>A property that is a string, or <c>null</c>.</summary>
    protected static string? StringOf(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>A property that is a number, or 0 (Odoo writes <c>false</c> for a missing id).</summary>
    protected static long IdOf(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetInt64()
            : 0;
}
