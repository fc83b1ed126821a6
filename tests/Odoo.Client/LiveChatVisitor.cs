using System.Text.Json;

namespace OdooAspire.Odoo.Client;

/// <summary>A website visitor: asks whether an operator is available, starts a session as a guest, chats.</summary>
public sealed class LiveChatVisitor(Uri baseUrl, string busVersion = OdooBus.DefaultVersion) : IAsyncDisposable
{
    public OdooRpcClient Rpc { get; } = new(baseUrl);

    /// <summary>The discuss channel of the session, once started.</summary>
    public long ChannelId { get; private set; }

    /// <summary>The visitor's guest id (the persona id in typing notifications).</summary>
    public long GuestId { get; private set; }

    public BusSocket? Bus { get; private set; }

    /// <summary><c>/im_livechat/init</c>: whether an operator of the channel is online for this visitor.</summary>
    public async Task<bool> IsOperatorAvailableAsync(long livechatChannelId, CancellationToken cancellationToken)
    {
        var result = await Rpc.CallAsync("/im_livechat/init", new { channel_id = livechatChannelId }, cancellationToken);
        return result is { } r && r.TryGetProperty("available_for_me", out var available) && available.ValueKind == JsonValueKind.True;
    }

    /// <summary>
    /// <c>/im_livechat/get_session</c>: starts a chat and returns its discuss channel id, or <c>null</c> when
    /// Odoo answered <c>false</c> (no operator available).
    /// </summary>
    public async Task<long?> StartSessionAsync(long livechatChannelId, string name, CancellationToken cancellationToken)
    {
        var result = await Rpc.CallAsync(
            "/im_livechat/get_session",
            new { channel_id = livechatChannelId, anonymous_name = name, persisted = true },
            cancellationToken);
        if (result is not { ValueKind: JsonValueKind.Object } store)
        {
            return null;
        }

        var channel = store.GetProperty("discuss.channel")[0];
        ChannelId = channel.GetProperty("id").GetInt64();
        if (store.TryGetProperty("Store", out var meta) && meta.TryGetProperty("self", out var self) && self.TryGetProperty("id", out var id))
        {
            GuestId = id.GetInt64();
        }

        return ChannelId;
    }

    /// <summary>Opens the bus socket with the guest cookies, subscribes from <paramref name="last"/> and marks the guest present.</summary>
    public async Task<BusSocket> ConnectBusAsync(CancellationToken cancellationToken, long last = 0)
    {
        if (Bus is not null)
        {
            await Bus.DisposeAsync();
        }

        Bus = await BusSocket.ConnectAsync(Rpc.BaseUrl, Rpc.Cookies, busVersion, cancellationToken);
        await Bus.SubscribeAsync(last, cancellationToken);
        await Bus.UpdatePresenceAsync(cancellationToken);
        return Bus;
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

    public Task LeaveAsync(CancellationToken cancellationToken) =>
        Rpc.CallAsync("/im_livechat/visitor_leave_session", new { channel_id = ChannelId }, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (Bus is not null)
        {
            await Bus.DisposeAsync();
        }

        Rpc.Dispose();
    }
}
