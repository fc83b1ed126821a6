using OdooAspire.Odoo.Client;

namespace OdooAspire.IntegrationTests.Infrastructure;

/// <summary>The steps every scenario shares, through the gateway's URL only.</summary>
internal static class LiveChatDriver
{
    /// <summary>
    /// Logs the operator in, opens its bus socket (subscribe + update_presence), joins the livechat channel,
    /// and waits until a visitor sees it available.
    /// </summary>
    public static async Task<LiveChatOperator> StartOperatorAsync(GraphFixture graph, CancellationToken cancellationToken)
    {
        var liveOperator = await LiveChatOperator.LoginAsync(
            graph.GatewayUrl, graph.Database, graph.Operator.Login, graph.Operator.Password, cancellationToken);
        try
        {
            await liveOperator.ConnectBusAsync(cancellationToken);
            await liveOperator.JoinChannelAsync(OdooBus.DefaultLivechatChannelId, cancellationToken);
            await using var probe = new LiveChatVisitor(graph.GatewayUrl, liveOperator.Version);
            await WaitUntilAvailableAsync(probe, cancellationToken);
            return liveOperator;
        }
        catch
        {
            await liveOperator.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Polls the server's availability answer (<c>/im_livechat/init</c>, 19.0's <c>init_livechat</c>) until it says an
    /// operator is available: presence is recorded by the websocket worker asynchronously, so the first answer after
    /// <c>update_presence</c> may still be false.
    /// </summary>
    public static async Task WaitUntilAvailableAsync(LiveChatVisitor visitor, CancellationToken cancellationToken)
    {
        if (!await Polling.UntilAsync(
            () => visitor.IsOperatorAvailableAsync(OdooBus.DefaultLivechatChannelId, cancellationToken),
            TestTimeouts.Delivery, TimeSpan.FromMilliseconds(100), cancellationToken))
        {
            var availability = await visitor.AvailabilityCallAsync(OdooBus.DefaultLivechatChannelId, cancellationToken);
            throw new TimeoutException(
                $"{availability.Route} never reported an operator available within {TestTimeouts.Delivery.TotalSeconds} s " +
                $"although the operator's socket is open and present ({await visitor.GetVersionAsync(cancellationToken)})");
        }
    }

    /// <summary>
    /// The visitor asks for a session. Odoo marks a user offline whenever any of its sockets closes (an earlier
    /// test's operator socket may close late), and the web client says "online" again at its next
    /// <c>update_presence</c>; so on a "no operator" answer the operator does just that and the visitor asks again.
    /// </summary>
    public static async Task<long> StartSessionAsync(
        LiveChatOperator liveOperator, LiveChatVisitor visitor, string visitorName, CancellationToken cancellationToken)
    {
        const int Attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            if (await visitor.StartSessionAsync(OdooBus.DefaultLivechatChannelId, visitorName, cancellationToken) is { } channelId)
            {
                return channelId;
            }

            if (attempt == Attempts)
            {
                throw new InvalidOperationException(
                    $"/im_livechat/get_session answered false {Attempts} times for {visitorName}: no operator available "
                    + "although the operator's socket is open and announced its presence each time");
            }

            var bus = liveOperator.Bus ?? throw new InvalidOperationException("the operator has no bus socket");
            await bus.UpdatePresenceAsync(cancellationToken);
            await WaitUntilAvailableAsync(visitor, cancellationToken);
        }
    }

    /// <summary>
    /// A visitor starts a session; the operator sees the new channel and re-subscribes (as the web client does);
    /// the visitor opens its own bus socket.
    /// </summary>
    public static async Task<LiveChatVisitor> StartChatAsync(
        GraphFixture graph, LiveChatOperator liveOperator, string visitorName, CancellationToken cancellationToken)
    {
        var operatorBus = liveOperator.Bus ?? throw new InvalidOperationException("the operator has no bus socket");
        var visitor = new LiveChatVisitor(graph.GatewayUrl, liveOperator.Version);
        try
        {
            var channelId = await StartSessionAsync(liveOperator, visitor, visitorName, cancellationToken);
            await operatorBus.WaitForAsync(n => n.AnnouncesChannel(channelId), TestTimeouts.Delivery, "the operator is told about the new channel");
            await liveOperator.ResubscribeAsync(cancellationToken);
            await visitor.ConnectBusAsync(cancellationToken);
            await visitor.WaitForSubscriptionAsync(TestTimeouts.Delivery);
            return visitor;
        }
        catch
        {
            await visitor.DisposeAsync();
            throw;
        }
    }
}
