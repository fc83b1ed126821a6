using System.Net.Sockets;
using System.Text;

namespace OdooAspire.Gateway.Tests.Infrastructure;

/// <summary>A bare TCP connection for the requests a well-behaved client never sends.</summary>
internal sealed class RawHttpConnection : IAsyncDisposable
{
    private readonly TcpClient _client;

    private RawHttpConnection(TcpClient client)
    {
        _client = client;
        Stream = client.GetStream();
    }

    public NetworkStream Stream { get; }

    public static async Task<RawHttpConnection> OpenAsync(Uri address)
    {
        var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port, TestTimeouts.StepToken());
        return new RawHttpConnection(client);
    }

    public async Task SendAsync(string text) =>
        await Stream.WriteAsync(Encoding.ASCII.GetBytes(text), TestTimeouts.StepToken());

    public async Task SendAsync(byte[] bytes) => await Stream.WriteAsync(bytes, TestTimeouts.StepToken());

    /// <summary>Reads the response head (status line and headers) byte by byte so nothing after it is consumed.</summary>
    public async Task<string> ReadHeadAsync()
    {
        var head = new StringBuilder();
        var one = new byte[1];
        var token = TestTimeouts.StepToken();
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await Stream.ReadAsync(one, token) == 0)
            {
                break;
            }

            head.Append((char)one[0]);
        }

        return head.ToString();
    }

    /// <summary>Reads until the server closes the connection; returns everything it sent.</summary>
    public async Task<byte[]> ReadToEndAsync(CancellationToken cancellationToken)
    {
        using var all = new MemoryStream();
        var buffer = new byte[4096];
        try
        {
            int read;
            while ((read = await Stream.ReadAsync(buffer, cancellationToken)) > 0)
            {
                all.Write(buffer, 0, read);
            }
        }
        catch (IOException)
        {
            // A reset is a close too.
        }

        return all.ToArray();
    }

    public static string UpgradeRequest(Uri address, string path = "/websocket", string? key = "dGhlIHNhbXBsZSBub25jZQ==", string version = "13", string? extraHeaders = null) =>
        $"GET {path} HTTP/1.1\r\nHost: {address.Authority}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nOrigin: http://{address.Authority}\r\n"
        + (key is null ? string.Empty : $"Sec-WebSocket-Key: {key}\r\n")
        + $"Sec-WebSocket-Version: {version}\r\n{extraHeaders}\r\n";

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }
}
