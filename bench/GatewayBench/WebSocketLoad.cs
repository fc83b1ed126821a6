using System.Diagnostics;
using System.Net.WebSockets;

namespace OdooAspire.GatewayBench;

/// <summary>Closed-loop echo load: each connection sends a message and waits for its echo, as fast as it can.</summary>
internal static class WebSocketLoad
{
    public static async Task<ClientWebSocket> ConnectAsync(Uri baseUrl, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        socket.Options.SetRequestHeader("Origin", baseUrl.GetLeftPart(UriPartial.Authority));
        await socket.ConnectAsync(new Uri($"ws://{baseUrl.Authority}/websocket?version=18.0-5"), cancellationToken);
        return socket;
    }

    /// <summary>Echo load for <paramref name="duration"/>, nothing measured (the benchmark's warm-up).</summary>
    public static async Task WarmUpAsync(Uri baseUrl, int connections, int messageBytes, TimeSpan duration)
    {
        var sockets = await Task.WhenAll(Enumerable.Range(0, connections).Select(_ => ConnectAsync(baseUrl, CancellationToken.None)));
        try
        {
            await Task.WhenAll(sockets.Select(socket => LoopAsync(socket, messageBytes, duration, null)));
        }
        finally
        {
            Abort(sockets);
        }
    }

    /// <summary>Echoes per second over all connections, the round-trip times in microseconds, and the proxy's CPU per echo.</summary>
    public static async Task<(double MessagesPerSecond, double[] RoundTripsMicros, double? ProxyCpuMicrosPerMessage)> RunAsync(
        Uri baseUrl, int connections, int messageBytes, TimeSpan duration, int? proxyPid)
    {
        var sockets = await Task.WhenAll(Enumerable.Range(0, connections).Select(_ => ConnectAsync(baseUrl, CancellationToken.None)));
        try
        {
            // Warm-up: JIT, connection pools, TCP windows.
            await Task.WhenAll(sockets.Select(socket => LoopAsync(socket, messageBytes, TimeSpan.FromSeconds(1), null)));
            var latencies = sockets.Select(_ => new List<long>(capacity: 200_000)).ToArray();
            var clock = Stopwatch.StartNew();
            var (counts, cpu) = await ProcessCpu.PerOperationAsync(proxyPid, async () =>
            {
                var counts = await Task.WhenAll(sockets.Select((socket, i) => LoopAsync(socket, messageBytes, duration, latencies[i])));
                return (counts, counts.Sum());
            });
            var elapsed = clock.Elapsed.TotalSeconds;
            var micros = latencies.SelectMany(list => list).Select(ticks => ticks * 1_000_000.0 / Stopwatch.Frequency).ToArray();
            Array.Sort(micros);
            return (counts.Sum() / elapsed, micros, cpu);
        }
        finally
        {
            Abort(sockets);
        }
    }

    private static void Abort(ClientWebSocket[] sockets)
    {
        foreach (var socket in sockets)
        {
            socket.Abort();
            socket.Dispose();
        }
    }

    public static double Percentile(double[] sorted, double percentile) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(percentile / 100 * sorted.Length) - 1)];

    private static async Task<long> LoopAsync(ClientWebSocket socket, int messageBytes, TimeSpan duration, List<long>? latencies)
    {
        var payload = new byte[messageBytes];
        Array.Fill(payload, (byte)'a');
        var buffer = new byte[Math.Max(messageBytes, 4096)];
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        long count = 0;
        while (Stopwatch.GetTimestamp() < end)
        {
            var start = Stopwatch.GetTimestamp();
            await socket.SendAsync(payload.AsMemory(), WebSocketMessageType.Text, true, CancellationToken.None);
            ValueWebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer.AsMemory(), CancellationToken.None);
            }
            while (!result.EndOfMessage);

            latencies?.Add(Stopwatch.GetTimestamp() - start);
            count++;
        }

        return count;
    }
}
