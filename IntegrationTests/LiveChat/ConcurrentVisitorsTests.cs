using System.Diagnostics;
using OdooAspire.IntegrationTests.Infrastructure;
using OdooAspire.Odoo.Client;
using Xunit.Abstractions;

namespace OdooAspire.IntegrationTests.LiveChat;

/// <summary>Many visitors chatting with one operator at once: every message reaches the right socket, and only it.</summary>
[Collection(SharedGraph.Name)]
public sealed class ConcurrentVisitorsTests(GraphFixture graph, ITestOutputHelper output)
{
    private const int Visitors = 50;

    [Fact]
    public async Task Fifty_visitors_each_receive_their_own_replies_and_nobody_elses()
    {
        using var scenario = new CancellationTokenSource(TestTimeouts.Scenario * 2);
        var ct = scenario.Token;
        await using var liveOperator = await LiveChatDriver.StartOperatorAsync(graph, ct);
        var operatorBus = liveOperator.Bus!;
        var visitors = new List<LiveChatVisitor>();
        try
        {
            using var limit = new SemaphoreSlim(8);
            var sessions = Enumerable.Range(0, Visitors).Select(async i =>
            {
                await limit.WaitAsync(ct);
                try
                {
                    var visitor = new LiveChatVisitor(graph.GatewayUrl, liveOperator.Version);
                    lock (visitors)
                    {
                        visitors.Add(visitor);
                    }

                    await LiveChatDriver.StartSessionAsync(liveOperator, visitor, $"Visitor {i}", ct);
                }
                finally
                {
                    limit.Release();
                }
            });
            await Task.WhenAll(sessions);

            foreach (var visitor in visitors)
            {
                await operatorBus.WaitForAsync(n => n.AnnouncesChannel(visitor.ChannelId), TestTimeouts.Delivery, $"channel {visitor.ChannelId} announced");
            }

            await liveOperator.ResubscribeAsync(ct);
            await Task.WhenAll(visitors.Select(v => RunLimitedAsync(limit, () => v.ConnectBusAsync(ct), ct)));

            var operatorMark = operatorBus.Count;
            await Task.WhenAll(visitors.Select(v => RunLimitedAsync(limit, () => v.PostAsync($"question from channel {v.ChannelId}", ct), ct)));
            foreach (var visitor in visitors)
            {
                await operatorBus.WaitForAsync(
                    n => n.IsNewMessage(visitor.ChannelId, $"question from channel {visitor.ChannelId}"),
                    TestTimeouts.Delivery, $"question of channel {visitor.ChannelId}", operatorMark);
            }

            var sent = Stopwatch.GetTimestamp();
            await Task.WhenAll(visitors.Select(v =>
                RunLimitedAsync(limit, () => liveOperator.PostAsync(v.ChannelId, $"answer for channel {v.ChannelId}", ct), ct)));
            var latencies = new List<double>();
            foreach (var visitor in visitors)
            {
                var answer = await visitor.Bus!.WaitForAsync(
                    n => n.IsNewMessage(visitor.ChannelId, $"answer for channel {visitor.ChannelId}"),
                    TestTimeouts.Delivery, $"answer on channel {visitor.ChannelId}");
                latencies.Add(Stopwatch.GetElapsedTime(sent, answer.ReceivedAt).TotalMilliseconds);
            }

            latencies.Sort();
            output.WriteLine($"{Visitors} answers delivered; from the first post: p50 {latencies[latencies.Count / 2]:0} ms, max {latencies[^1]:0} ms");
            foreach (var visitor in visitors)
            {
                var foreign = visitor.Bus!.Received
                    .Where(n => n.Type == BusNotification.NewMessage && n.ChannelId != visitor.ChannelId)
                    .ToList();
                Assert.True(foreign.Count == 0, $"channel {visitor.ChannelId} received other channels' messages: {string.Join(", ", foreign)}");
            }
        }
        finally
        {
            foreach (var visitor in visitors)
            {
                await visitor.DisposeAsync();
            }
        }
    }

    private static async Task RunLimitedAsync(SemaphoreSlim limit, Func<Task> action, CancellationToken cancellationToken)
    {
        await limit.WaitAsync(cancellationToken);
        try
        {
            await action();
        }
        finally
        {
            limit.Release();
        }
    }
}
