using System.Net;
using OdooAspire.Odoo.Client.Dialects;

namespace OdooAspire.Odoo.Client;

/// <summary>
/// A website visitor: asks whether an operator is available, starts a session as a guest, chats. It speaks the
/// server's version: the one passed (an operator's, learned at login), else the one <c>/web/webclient/version_info</c>
/// reports on first use.
/// </summary>
public sealed class LiveChatVisitor(Uri baseUrl, OdooVersion? version = null) : IAsyncDisposable
{
    /// <summary>The guest's cookie in every series: <c>&lt;guest id&gt;|&lt;access token&gt;</c>.</summary>
    private const string GuestCookieName = "dgid";

    private OdooVersion? _version = version;
    private LiveChatSession? _session;

    public OdooRpcClient Rpc { get; } = new(baseUrl);

    /// <summary>The discuss channel of the session, once started.</summary>
    public long ChannelId => _session?.ChannelId ?? 0;

    /// <summary>The visitor's guest id (the persona id in typing notifications), once the session started.</summary>
    public long GuestId => _session?.GuestId ?? 0;

    public BusSocket? Bus { get; private set; }

    /// <summary>The server's version: the one given, else asked once of <c>/web/webclient/version_info</c>.</summary>
    public async Task<OdooVersion> GetVersionAsync(CancellationToken cancellationToken) =>
        _version ??= await OdooVersion.DetectAsync(Rpc, cancellationToken);

    /// <summary>
    /// The call that asks whether an operator is available, as this server's version takes it
    /// (<c>/im_livechat/init</c> up to 18.0, <c>/mail/action</c>'s <c>init_livechat</c> in 19.0).
    /// </summary>
    public async Task<JsonRpcCall> AvailabilityCallAsync(long livechatChannelId, CancellationToken cancellationToken) =>
        (await DialectAsync(cancellationToken)).Availability(livechatChannelId);

    /// <summary>Whether an operator of the livechat channel is online for this visitor.</summary>
    public async Task<bool> IsOperatorAvailableAsync(long livechatChannelId, CancellationToken cancellationToken)
    {
        var dialect = await DialectAsync(cancellationToken);
        return dialect.IsAvailable(await Rpc.CallAsync(dialect.Availability(livechatChannelId), cancellationToken));
    }

    /// <summary>
    /// <c>/im_livechat/get_session</c>: starts a chat and returns its discuss channel id, or <c>null</c> when
    /// Odoo answered <c>false</c> (no operator available). <paramref name="name"/> is the session's
    /// <c>anonymous_name</c> where the series takes one (17.0, 18.0); <see cref="RenameAsync"/> names the guest.
    /// </summary>
    public async Task<long?> StartSessionAsync(long livechatChannelId, string name, CancellationToken cancellationToken)
    {
        var dialect = await DialectAsync(cancellationToken);
        if (dialect.ReadSession(await Rpc.CallAsync(dialect.StartSession(livechatChannelId, name), cancellationToken)) is not { } session)
        {
            return null;
        }

        // The answer names the guest in every series, but the cookie is the guest's identity if it ever does not.
        _session = session.GuestId != 0 ? session : session with { GuestId = LiveChatDialect.GuestIdOfToken(GuestCookie()) };
        return session.ChannelId;
    }

    /// <summary>Opens the bus socket with the guest cookies, subscribes from <paramref name="last"/> and marks the guest present.</summary>
    public async Task<BusSocket> ConnectBusAsync(CancellationToken cancellationToken, long last = 0)
    {
        if (Bus is not null)
        {
            await Bus.DisposeAsync();
            Bus = null;
        }

        Bus = await BusSocket.ConnectAsync(Rpc.BaseUrl, Rpc.Cookies, await GetVersionAsync(cancellationToken), cancellationToken);
        await Bus.SubscribeAsync(last, cancellationToken);
        await Bus.UpdatePresenceAsync(cancellationToken);
        return Bus;
    }

    /// <summary>
    /// Waits until the visitor's socket shows the server subscribed it to the session, so what is posted next
    /// reaches it: <c>discuss.channel/joined</c> of the channel (17.0, 18.0), the guest's own presence coming online
    /// (19.0, where a livechat guest is no longer sent <c>joined</c>).
    /// </summary>
    public async Task<BusNotification> WaitForSubscriptionAsync(TimeSpan timeout)
    {
        var bus = Bus ?? throw new InvalidOperationException("connect the bus first");
        var session = _session ?? throw new InvalidOperationException("start a session first");
        var dialect = LiveChatDialect.For(bus.Version);
        return await bus.WaitForAsync(
            n => dialect.ConfirmsSubscription(n, session), timeout, $"the visitor's socket confirms channel {session.ChannelId} ({bus.Version})");
    }

    public Task PostAsync(string body, CancellationToken cancellationToken) =>
        LiveChatCalls.PostMessageAsync(Rpc, ChannelId, body, cancellationToken);

    public Task NotifyTypingAsync(bool isTyping, CancellationToken cancellationToken) =>
        LiveChatCalls.NotifyTypingAsync(Rpc, ChannelId, isTyping, cancellationToken);

    /// <summary>
    /// <c>/mail/guest/update_name</c>: the name the operator sees. Odoo shows a livechat under its guest's name,
    /// "Visitor" by default, not the <c>anonymous_name</c> of the session.
    /// </summary>
    public Task RenameAsync(string name, CancellationToken cancellationToken) =>
        Rpc.CallAsync("/mail/guest/update_name", new { guest_id = GuestId, name }, cancellationToken);

    /// <summary><c>/im_livechat/visitor_leave_session</c>: by the channel's uuid (17.0) or id (18.0, 19.0).</summary>
    public async Task LeaveAsync(CancellationToken cancellationToken)
    {
        var session = _session ?? throw new InvalidOperationException("start a session first");
        await Rpc.CallAsync((await DialectAsync(cancellationToken)).LeaveSession(session), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (Bus is not null)
        {
            await Bus.DisposeAsync();
        }

        Rpc.Dispose();
    }

    private async Task<LiveChatDialect> DialectAsync(CancellationToken cancellationToken) =>
        LiveChatDialect.For(await GetVersionAsync(cancellationToken));

    private string? GuestCookie() =>
        Rpc.Cookies.GetCookies(Rpc.BaseUrl)[GuestCookieName]?.Value is { } value ? WebUtility.UrlDecode(value) : null;
}
