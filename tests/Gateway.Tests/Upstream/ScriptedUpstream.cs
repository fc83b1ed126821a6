using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OdooAspire.Gateway.Tests.Upstream;

/// <summary>
/// A loopback TCP server that accepts one connection, records the request head it receives and runs the test's
/// script on the connection: the exact bytes an upstream answers, including wrong ones.
/// </summary>
internal sealed class ScriptedUpstream : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Task _serving;
    private readonly TaskCompletionSource<string> _requestHead = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ScriptedUpstream(Func<NetworkStream, Task> script)
    {
        _listener.Start();
        _serving = ServeAsync(script);
    }

    public Uri Url => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");

    /// <summary>The request line and headers, up to the blank line.</summary>
    public Task<string> RequestHead => _requestHead.Task;

    public static Task WriteAsync(NetworkStream stream, string text) => stream.WriteAsync(Encoding.UTF8.GetBytes(text)).AsTask();

    private async Task ServeAsync(Func<NetworkStream, Task> script)
    {
        try
        {
            using var client = await _listener.AcceptTcpClientAsync();
            using var stream = client.GetStream();
            _requestHead.TrySetResult(await ReadHeadAsync(stream));
            await script(stream);
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException)
        {
            _requestHead.TrySetException(ex);
        }
    }

    private static async Task<string> ReadHeadAsync(NetworkStream stream)
    {
        var head = new List<byte>();
        var one = new byte[1];
        while (!(head.Count >= 4 && head[^4] == '\r' && head[^3] == '\n' && head[^2] == '\r' && head[^1] == '\n'))
        {
            if (await stream.ReadAsync(one) == 0)
            {
                break;
            }

            head.Add(one[0]);
        }

        return Encoding.UTF8.GetString([.. head]);
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await _serving.WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _listener.Dispose();
    }
}
