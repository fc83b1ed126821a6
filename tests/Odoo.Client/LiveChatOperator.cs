using System.Text.Json;

namespace OdooAspire.Odoo.Client;

/// <summary>An internal user who answers livechats: logs in, keeps a bus socket open and present, joins the channel.</summary>
public sealed class LiveChatOperator : IAsyncDisposable
{
    private LiveChatOperator(OdooRpcClient rpc, OdooVersion version, long partnerId)
    {
        Rpc = rpc;
        Version = version;
        PartnerId = partnerId;
    }

    public OdooRpcClient Rpc { get; }

    /// <summary>The server's version as it announced it at login: its series and bus version (<c>websocket_worker_version</c>).</summary>
    public OdooVersion Version { get; }

    /// <summary>The bus protocol version the server announced at login (<c>websocket_worker_version</c>).</summary>
    public string BusVersion => Version.BusVersion;

    /// <summary>The operator's partner id (the persona id in typing notifications).</summary>
    public long PartnerId { get; }

    /// <summary>The operator's bus socket, once <see cref="ConnectBusAsync"/> has run.</summary>
    public BusSocket? Bus { get; private set; }

    /// <summary>Logs in through <c>/web/session/authenticate</c>.</summary>
    public static async Task<LiveChatOperator> LoginAsync(
        Uri baseUrl, string database, string login, string password, CancellationToken cancellationToken)
    {
        var rpc = new OdooRpcClient(baseUrl);
        try
        {
            var result = await rpc.CallAsync(
                "/web/session/authenticate", new { db = database, login, password }, cancellationToken)
                ?? throw new InvalidOperationException("/web/session/authenticate returned no result");
            var version = OdooVersion.FromSessionInfo(result);
            var partnerId = result.TryGetProperty("partner_id", out var p) && p.ValueKind == JsonValueKind.Number ? p.GetInt64() : 0;
            return new LiveChatOperator(rpc, version, partnerId);
        }
        catch
        {
            rpc.Dispose();
            throw;
        }
    }

    /// <summary>Opens the bus socket, subscribes and marks the operator present.</summary>
    public async Task<BusSocket> ConnectBusAsync(CancellationToken cancellationToken, long last = 0)
    {
        if (Bus is not null)
        {
            await Bus.DisposeAsync();
        }

        Bus = await BusSocket.ConnectAsync(Rpc.BaseUrl, Rpc.Cookies, Version, cancellationToken);
        await Bus.SubscribeAsync(last, cancellationToken);
        await Bus.UpdatePresenceAsync(cancellationToken);
        return Bus;
    }

    /// <summary>Joins the livechat channel's operators (<c>im_livechat.channel.action_join</c>).</summary>
    public Task JoinChannelAsync(long livechatChannelId, CancellationToken cancellationToken) =>
        Rpc.CallAsync(
            "/web/dataset/call_kw/im_livechat.channel/action_join",
            new { model = "im_livechat.channel", method = "action_join", args = new object[] { new[] { livechatChannelId } }, kwargs = new { } },
            cancellationToken);

    /// <summary>Re-subscribes after a new channel appeared, as Odoo's web client does.</summary>
    public Task ResubscribeAsync(CancellationToken cancellationToken) =>
        (Bus ?? throw new InvalidOperationException("connect the bus first")).SubscribeAsync(Bus.LastId, cancellationToken);

    public Task PostAsync(long channelId, string body, CancellationToken cancellationToken) =>
        LiveChatCalls.PostMessageAsync(Rpc, channelId, body, cancellationToken);

    public Task NotifyTypingAsync(long channelId, bool isTyping, CancellationToken cancellationToken) =>
        LiveChatCalls.NotifyTypingAsync(Rpc, channelId, isTyping, cancellationToken);

    /// <summary>Closes the bus socket the way a tab does (close handshake, bounded), so the server sees it end now, not later.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Bus is not null)
        {
            try
            {
                await Bus.CloseAndDrainAsync(TimeSpan.FromSeconds(5));
            }
            catch (Exception ex) when (ex is TimeoutException or OperationCanceledException or System.Net.WebSockets.WebSocketException)
            {
                // A server that does not answer the close is dropped below.
            }

            await Bus.DisposeAsync();
        }

        Rpc.Dispose();
    }
}
