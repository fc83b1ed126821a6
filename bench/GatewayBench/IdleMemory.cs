using System.Net.WebSockets;

namespace OdooAspire.GatewayBench;

/// <summary>How much the proxy's resident memory grows per idle websocket held open through it.</summary>
internal static class IdleMemory
{
    public static async Task<double> KilobytesPerConnectionAsync(Uri baseUrl, int proxyPid, int connections, TimeSpan settle)
    {
        // A first batch of the same size, held and closed, settles pools and the JIT (tiered compilation compiles
        // the connection path again once it is hot), so the baseline is the proxy's steady state and the figure is
        // what each further connection costs a running proxy.
        var warm = await OpenAsync(baseUrl, connections);
        await Task.Delay(settle);
        Close(warm);
        await Task.Delay(TimeSpan.FromSeconds(2));
        var before = ProcessMemory.ResidentKilobytes(proxyPid);
        var sockets = await OpenAsync(baseUrl, connections);
        try
        {
            // Let the connections go idle (handshake garbage becomes collectable, buffers are returned).
            await Task.Delay(settle);
            var after = ProcessMemory.ResidentKilobytes(proxyPid);
            return (after - before) / (double)connections;
        }
        finally
        {
            Close(sockets);
        }
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
