using System.Diagnostics;
using OdooAspire.Odoo.Client;

namespace OdooAspire.Bench.DeliveryLatency;

/// <summary>One operator and one visitor on a server URL; times every message from the start of its post to its frame.</summary>
internal static class LatencyProbe
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(10);

    public static async Task<LatencyResult[]> MeasureAsync(
        string target, Uri url, string database, LatencySettings settings, CancellationToken cancellationToken)
    {
        await using var liveOperator = await LiveChatOperator.LoginAsync(url, database, "admin", "admin", cancellationToken);
        var operatorBus = await liveOperator.ConnectBusAsync(cancellationToken);
        await liveOperator.JoinChannelAsync(OdooBus.DefaultLivechatChannelId, cancellationToken);
        await using var visitor = new LiveChatVisitor(url, liveOperator.Version);
        var deadline = Stopwatch.StartNew();
        while (!await visitor.IsOperatorAvailableAsync(OdooBus.DefaultLivechatChannelId, cancellationToken))
        {
            if (deadline.Elapsed > Delivery)
            {
                throw new TimeoutException($"{target}: the operator never became available");
            }

            await Task.Delay(100, cancellationToken);
        }

        var channel = await visitor.StartSessionAsync(OdooBus.DefaultLivechatChannelId, "Bench visitor", cancellationToken)
            ?? throw new InvalidOperationException($"{target}: no livechat session");
        await operatorBus.WaitForAsync(n => n.AnnouncesChannel(channel), Delivery, "channel announced");
        await liveOperator.ResubscribeAsync(cancellationToken);
        var visitorBus = await visitor.ConnectBusAsync(cancellationToken);
        await visitor.WaitForSubscriptionAsync(Delivery);

        var toOperator = new List<double>();
        var toVisitor = new List<double>();
        for (var i = 0; i < settings.Warmup + settings.Messages; i++)
        {
            var a = await TimeAsync(operatorBus, () => visitor.PostAsync($"v{i}", cancellationToken), channel, $"v{i}");
            var b = await TimeAsync(visitorBus, () => liveOperator.PostAsync(channel, $"o{i}", cancellationToken), channel, $"o{i}");
            if (i >= settings.Warmup)
            {
                toOperator.Add(a);
                toVisitor.Add(b);
            }
        }

        return
        [
            LatencyResult.From(target, "visitor → operator", toOperator),
            LatencyResult.From(target, "operator → visitor", toVisitor),
        ];
    }

    private static async Task<double> TimeAsync(BusSocket receiver, Func<Task> post, long channel, string body)
    {
        var mark = receiver.Count;
        var started = Stopwatch.GetTimestamp();
        await post();
        var frame = await receiver.WaitForAsync(n => n.IsNewMessage(channel, $"<p>{body}</p>"), Delivery, body, mark);
        return Stopwatch.GetElapsedTime(started, frame.ReceivedAt).TotalMilliseconds;
    }
}
