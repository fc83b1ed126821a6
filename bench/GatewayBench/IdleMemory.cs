using System.Net.WebSockets;

namespace OdooAspire.GatewayBench;

/// <summary>How much the proxy's resident memory grows per idle websocket held open through it.</summary>
internal static class IdleMemory
{
    private const int WarmUpBatch = 50;

    // managed: the proxy is a .NET process, which collects its garbage before each reading.
    public static async Task<double> KilobytesPerConnectionAsync(Uri baseUrl, int proxyPid, bool managed, int connections, TimeSpan settle)
    {
        // As many handshakes as the measured batch, 50 open at a time: the JIT compiles the connection path again
        // once it is hot (tiered compilation) and pools settle, while the heap stays small, so the reading after
        // the measured batch counts all the memory its connections need and none of the warm-up's.
        for (var opened = 0; opened < connections; opened += WarmUpBatch)
        {
            Close(await OpenAsync(baseUrl, Math.Min(WarmUpBatch, connections - opened)));
        }

        await Task.Delay(TimeSpan.FromSeconds(2));
        var before = await ResidentKilobytesAsync(proxyPid, managed);
        var sockets = await OpenAsync(baseUrl, connections);
        try
        {
            // Let the connections go idle (handshake garbage becomes collectable, buffers are returned).
            await Task.Delay(settle);
            var after = await ResidentKilobytesAsync(proxyPid, managed);
            return (after - before) / (double)connections;
        }
        finally
        {
            Close(sockets);
        }
    }

    private static async Task<long> ResidentKilobytesAsync(int pid, bool managed)
    {
        if (managed)
        {
            await ManagedHeap.CollectAsync(pid);
        }

        return ProcessMemory.ResidentKilobytes(pid);
    }

    private static async Task<List<ClientWebSocket>> OpenAsync(Uri baseUrl, int count)
    {
        var sockets = new List<ClientWebSocket>(count);
        using var gate = new SemaphoreSlim(32);
        var tasks = Enumerable.Range(0, count).Select(async _ =>
        {
            await gate.WaitAsync();
            try
            {
                var socket = await WebSocketLoad.ConnectAsync(baseUrl, CancellationToken.None);
                lock (sockets)
                {
                    sockets.Add(socket);
                }
            }
            finally
            {
                gate.Release();
            }
        });
        await Task.WhenAll(tasks);
        return sockets;
    }

    private static void Close(List<ClientWebSocket> sockets)
    {
        foreach (var socket in sockets)
        {
            socket.Abort();
            socket.Dispose();
        }
    }
}
