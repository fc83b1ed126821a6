using OdooAspire.IntegrationTests.Infrastructure;

namespace OdooAspire.IntegrationTests.Proxy;

/// <summary>Threaded Odoo behind the gateway in its threaded setting works end to end.</summary>
public sealed class ThreadedOdooTests(ThreadedOdooFixture graph) : IClassFixture<ThreadedOdooFixture>
{
    [Fact]
    public async Task Messages_and_typing_are_delivered_when_Odoo_runs_threaded()
    {
        using var scenario = new CancellationTokenSource(TestTimeouts.Scenario);
        await using var liveOperator = await LiveChatDriver.StartOperatorAsync(graph, scenario.Token);
        await using var visitor = await LiveChatDriver.StartChatAsync(graph, liveOperator, "Threaded visitor", scenario.Token);

        await visitor.PostAsync("threaded hello", scenario.Token);
        await liveOperator.Bus!.WaitForAsync(n => n.IsNewMessage(visitor.ChannelId, "threaded hello"), TestTimeouts.Delivery, "visitor → operator");
        await liveOperator.NotifyTypingAsync(visitor.ChannelId, true, scenario.Token);
        await visitor.Bus!.WaitForAsync(n => n.IsTyping(visitor.ChannelId, "partner", true), TestTimeouts.Delivery, "operator typing");
    }
}
