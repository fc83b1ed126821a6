using System.Diagnostics;
using OdooAspire.IntegrationTests.Infrastructure;
using OdooAspire.Odoo.Client;
using Xunit.Abstractions;

namespace OdooAspire.IntegrationTests.LiveChat;

/// <summary>LiveChat in real time through the gateway of the whole graph (ODOO.md's flow, steps 1–9).</summary>
[Collection(SharedGraph.Name)]
public sealed class LiveChatThroughGatewayTests(GraphFixture graph, ITestOutputHelper output)
{
    [Fact]
    public async Task An_operator_who_is_present_and_joined_is_available_to_visitors()
    {
        using var scenario = new CancellationTokenSource(TestTimeouts.Scenario);
        await using var liveOperator = await LiveChatDriver.StartOperatorAsync(graph, scenario.Token);
        // A visitor on its own learns the version from /web/webclient/version_info, the operator from its login.
        await using var visitor = new LiveChatVisitor(graph.GatewayUrl);

        Assert.True(await visitor.IsOperatorAvailableAsync(OdooBus.DefaultLivechatChannelId, scenario.Token));
        Assert.Equal(liveOperator.Version.Series, (await visitor.GetVersionAsync(scenario.Token)).Series);
        Assert.StartsWith(liveOperator.Version.Series + "-", liveOperator.BusVersion, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_visitor_session_is_announced_to_the_operator_who_then_receives_its_messages()
    {
        using var scenario = new CancellationTokenSource(TestTimeouts.Scenario);
        await using var liveOperator = await LiveChatDriver.StartOperatorAsync(graph, scenario.Token);
        await using var visitor = await LiveChatDriver.StartChatAsync(graph, liveOperator, "Announced visitor", scenario.Token);
        var operatorBus = liveOperator.Bus!;

        Assert.Contains(operatorBus.Received, n => n.AnnouncesChannel(visitor.ChannelId));
        var mark = operatorBus.Count;
        await visitor.PostAsync("after the re-subscribe", scenario.Token);
        await operatorBus.WaitForAsync(n => n.IsNewMessage(visitor.ChannelId, "after the re-subscribe"), TestTimeouts.Delivery, "message after re-subscribe", mark);
    }

    [Fact]
    public async Task A_visitor_who_leaves_is_announced_to_the_operator_at_once()
    {
        using var scenario = new CancellationTokenSource(TestTimeouts.Scenario);
        await using var liveOperator = await LiveChatDriver.StartOperatorAsync(graph, scenario.Token);
        await using var visitor = await LiveChatDriver.StartChatAsync(graph, liveOperator, "Leaving visitor", scenario.Token);
        var operatorBus = liveOperator.Bus!;
        await visitor.PostAsync("I have to go", scenario.Token);
        await operatorBus.WaitForAsync(n => n.IsNewMessage(visitor.ChannelId, "I have to go"), TestTimeouts.Delivery, "the visitor's last message");

        // Each version leaves by its own key (17.0 the session's uuid, later ones the channel id); Odoo then posts its notice.
        var mark = operatorBus.Count;
        await visitor.LeaveAsync(scenario.Token);

        await operatorBus.WaitForAsync(
            n => n.IsNewMessage(visitor.ChannelId, "Visitor left the conversation."), TestTimeouts.Delivery, "the visitor left", mark);
    }

    [Fact]
    public async Task Messages_are_delivered_both_ways_in_real_time()
    {
        using var scenario = new CancellationTokenSource(TestTimeouts.Scenario);
        await using var liveOperator = await LiveChatDriver.StartOperatorAsync(graph, scenario.Token);
        await using var visitor = await LiveChatDriver.StartChatAsync(graph, liveOperator, "Chatting visitor", scenario.Token);
        var operatorBus = liveOperator.Bus!;
        var visitorBus = visitor.Bus!;

        var sent = Stopwatch.GetTimestamp();
        await visitor.PostAsync("Hello from the visitor", scenario.Token);
        var atOperator = await operatorBus.WaitForAsync(
            n => n.IsNewMessage(visitor.ChannelId, "Hello from the visitor"), TestTimeouts.Delivery, "visitor → operator");
        output.WriteLine($"visitor → operator: {Stopwatch.GetElapsedTime(sent, atOperator.ReceivedAt).TotalMilliseconds:0} ms");

        sent = Stopwatch.GetTimestamp();
        await liveOperator.PostAsync(visitor.ChannelId, "Hello from the operator", scenario.Token);
        var atVisitor = await visitorBus.WaitForAsync(
            n => n.IsNewMessage(visitor.ChannelId, "Hello from the operator"), TestTimeouts.Delivery, "operator → visitor");
        output.WriteLine($"operator → visitor: {Stopwatch.GetElapsedTime(sent, atVisitor.ReceivedAt).TotalMilliseconds:0} ms");

        Assert.Equal("<p>Hello from the visitor</p>", atOperator.MessageBody());
        Assert.Equal("<p>Hello from the operator</p>", atVisitor.MessageBody());
    }

    [Fact]
    public async Task Typing_notifications_reach_the_other_side_both_ways()
    {
        using var scenario = new CancellationTokenSource(TestTimeouts.Scenario);
        await using var liveOperator = await LiveChatDriver.StartOperatorAsync(graph, scenario.Token);
        await using var visitor = await LiveChatDriver.StartChatAsync(graph, liveOperator, "Typing visitor", scenario.Token);
        var operatorBus = liveOperator.Bus!;
        var visitorBus = visitor.Bus!;
        var channel = visitor.ChannelId;

        await visitor.NotifyTypingAsync(true, scenario.Token);
        var started = await operatorBus.WaitForAsync(n => n.IsTyping(channel, "guest", true), TestTimeouts.Delivery, "visitor starts typing");
        await visitor.NotifyTypingAsync(false, scenario.Token);
        await operatorBus.WaitForAsync(n => n.Id > started.Id && n.IsTyping(channel, "guest", false), TestTimeouts.Delivery, "visitor stops typing");

        await liveOperator.NotifyTypingAsync(channel, true, scenario.Token);
        started = await visitorBus.WaitForAsync(n => n.IsTyping(channel, "partner", true), TestTimeouts.Delivery, "operator starts typing");
        await liveOperator.NotifyTypingAsync(channel, false, scenario.Token);
        await visitorBus.WaitForAsync(n => n.Id > started.Id && n.IsTyping(channel, "partner", false), TestTimeouts.Delivery, "operator stops typing");
    }

    [Fact]
    public async Task A_visitor_who_reconnects_with_last_receives_what_it_missed_in_order_and_once()
    {
        using var scenario = new CancellationTokenSource(TestTimeouts.Scenario);
        await using var liveOperator = await LiveChatDriver.StartOperatorAsync(graph, scenario.Token);
        await using var visitor = await LiveChatDriver.StartChatAsync(graph, liveOperator, "Reconnecting visitor", scenario.Token);
        var channel = visitor.ChannelId;
        var last = visitor.Bus!.LastId;

        await visitor.Bus.AbortAsync();
        await liveOperator.PostAsync(channel, "missed message one", scenario.Token);
        await liveOperator.PostAsync(channel, "missed message two", scenario.Token);
        var reconnected = await visitor.ConnectBusAsync(scenario.Token, last);

        var first = await reconnected.WaitForAsync(n => n.IsNewMessage(channel, "missed message one"), TestTimeouts.Delivery, "first missed message");
        var second = await reconnected.WaitForAsync(n => n.IsNewMessage(channel, "missed message two"), TestTimeouts.Delivery, "second missed message");
        await liveOperator.PostAsync(channel, "live marker", scenario.Token);
        await reconnected.WaitForAsync(n => n.IsNewMessage(channel, "live marker"), TestTimeouts.Delivery, "live message after the replay");

        Assert.True(first.Id < second.Id, $"replayed out of order: {first.Id} then {second.Id}");
        Assert.Single(reconnected.Received, n => n.IsNewMessage(channel, "missed message one"));
        Assert.Single(reconnected.Received, n => n.IsNewMessage(channel, "missed message two"));
        Assert.All(reconnected.Received, n => Assert.True(n.Id > last, $"{n} was delivered before the drop and again after it"));
    }
}
