namespace OdooAspire.GatewayBench;

/// <summary>
/// Runs every measurement on every target, interleaved over several rounds (gateway, nginx, gateway, nginx...)
/// and keeps each target's best round, so background load on a shared machine biases no target.
/// </summary>
internal static class BenchRunner
{
    public static async Task<IReadOnlyList<TargetResult>> MeasureAsync(IReadOnlyList<BenchTarget> targets, BenchSettings settings)
    {
        var one = new Dictionary<string, (double Rate, double P50, double P99)>();
        var eight = new Dictionary<string, double>();
        var rps = new Dictionary<string, double>();
        var messageCpu = new Dictionary<string, double?>();
        var requestCpu = new Dictionary<string, double?>();

        // Memory first, while each proxy is fresh: after the load rounds a process's heap has room to spare, and
        // idle connections would fill that room instead of growing the resident set.
        var idle = new Dictionary<string, double?>();
        foreach (var target in targets)
        {
            if (target.ProxyPid is { } pid && settings.IdleConnections > 0)
            {
                await Progress($"{target.Name}: {settings.IdleConnections} idle websockets");
                idle[target.Name] = await IdleMemory.KilobytesPerConnectionAsync(target.WebSocketUrl, pid, target.IsDotNet, settings.IdleConnections, settings.IdleSettle);
            }
        }

        // Warm-up, unmeasured: the .NET proxies reach their steady state (the JIT's optimized tier for the hot paths
        // of both kinds of traffic, pools filled) before any round counts, as a long-running proxy would be.
        if (settings.WarmUp > TimeSpan.Zero)
        {
            foreach (var target in targets)
            {
                await Progress($"{target.Name}: warm-up, {settings.WarmUp.TotalSeconds:F0} s of websocket echo and of http");
                await WebSocketLoad.WarmUpAsync(target.WebSocketUrl, 8, settings.MessageBytes, settings.WarmUp);
                await HttpLoad.WarmUpAsync(target.HttpUrl, settings.WarmUp);
            }
        }

        for (var round = 1; round <= settings.Rounds; round++)
        {
            foreach (var target in targets)
            {
                await Progress($"round {round}: {target.Name}: websocket echo, 1 and 8 connections, http");
                var (rate, roundTrips, _) = await WebSocketLoad.RunAsync(target.WebSocketUrl, 1, settings.MessageBytes, settings.Duration, target.ProxyPid);
                var p50 = WebSocketLoad.Percentile(roundTrips, 50);
                var p99 = WebSocketLoad.Percentile(roundTrips, 99);
                one[target.Name] = one.TryGetValue(target.Name, out var best)
                    ? (Math.Max(best.Rate, rate), Math.Min(best.P50, p50), Math.Min(best.P99, p99))
                    : (rate, p50, p99);
                var (rateEight, _, cpuPerMessage) = await WebSocketLoad.RunAsync(target.WebSocketUrl, 8, settings.MessageBytes, settings.Duration, target.ProxyPid);
                eight[target.Name] = Math.Max(eight.GetValueOrDefault(target.Name), rateEight);
                messageCpu[target.Name] = Lowest(messageCpu.GetValueOrDefault(target.Name), cpuPerMessage);
                var (requests, cpuPerRequest) = await HttpLoad.RunAsync(target.HttpUrl, settings.Duration, target.ProxyPid);
                rps[target.Name] = Math.Max(rps.GetValueOrDefault(target.Name), requests);
                requestCpu[target.Name] = Lowest(requestCpu.GetValueOrDefault(target.Name), cpuPerRequest);
            }
        }

        var results = new List<TargetResult>();
        foreach (var target in targets)
        {
            var (rate, p50, p99) = one[target.Name];
            results.Add(new TargetResult(target.Name, rate, eight[target.Name], p50, p99, rps[target.Name], idle.GetValueOrDefault(target.Name),
                messageCpu.GetValueOrDefault(target.Name), requestCpu.GetValueOrDefault(target.Name)));
        }

        return results;
    }

    private static double? Lowest(double? best, double? value) => best is null ? value : value is null ? best : Math.Min(best.Value, value.Value);

    private static Task Progress(string message) => Console.Error.WriteLineAsync("[bench] " + message);
}
