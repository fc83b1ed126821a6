using System.Buffers.Binary;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace OdooAspire.OdooSimulator.Tests.Infrastructure;

/// <summary>
/// A websocket client over a plain TCP stream, for what ClientWebSocket hides: control frames
/// (pings), not answering pings, and the raw handshake answer.
/// </summary>
internal sealed class RawWebSocketClient : IAsyncDisposable
{
    private readonly TcpClient _tcp;
    private readonly NetworkStream _stream;

    private RawWebSocketClient(TcpClient tcp, string statusLine)
    {
        _tcp = tcp;
        _stream = tcp.GetStream();
        StatusLine = statusLine;
    }

    public string StatusLine { get; }

    public static async Task<RawWebSocketClient> ConnectAsync(Uri baseUrl, string pathAndQuery, string origin)
    {
        var tcp = new TcpClient();
        using var cts = new CancellationTokenSource(TestTimeouts.Default);
        await tcp.ConnectAsync(baseUrl.Host, baseUrl.Port, cts.Token);
        var stream = tcp.GetStream();
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        var request = $"GET {pathAndQuery} HTTP/1.1\r\nHost: {baseUrl.Authority}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
            + $"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\nOrigin: {origin}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), cts.Token);
        var head = new StringBuilder();
        var one = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(one, cts.Token) == 0)
            {
                throw new IOException($"connection closed during the handshake: {head}");
            }

            head.Append((char)one[0]);
        }

        return new RawWebSocketClient(tcp, head.ToString().Split("\r\n")[0]);
    }

    /// <summary>The next frame's opcode and payload, or null when the server closed or reset the TCP connection.</summary>
    public async Task<(int Opcode, byte[] Payload)?> ReadFrameAsync(TimeSpan timeout)
    {
        try
        {
            return await ReadFrameCoreAsync(timeout);
        }
        catch (IOException ex) when (ex.InnerException is SocketException)
        {
            return null;
        }
    }

    private async Task<(int Opcode, byte[] Payload)?> ReadFrameCoreAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        var header = new byte[2];
        if (await _stream.ReadAtLeastAsync(header, 2, throwOnEndOfStream: false, cts.Token) < 2)
        {
            return null;
        }

        long length = header[1] & 0x7F;
        if (length == 126)
        {
            var ext = new byte[2];
            await _stream.ReadExactlyAsync(ext, cts.Token);
            length = BinaryPrimitives.ReadUInt16BigEndian(ext);
        }
        else if (length == 127)
        {
            var ext = new byte[8];
            await _stream.ReadExactlyAsync(ext, cts.Token);
            length = (long)BinaryPrimitives.ReadUInt64BigEndian(ext);
        }

        var payload = new byte[length];
        await _stream.ReadExactlyAsync(payload, cts.Token);
        return (header[0] & 0x0F, payload);
    }

    /// <summary>Sends a masked text frame, as a client must.</summary>
    public async Task SendTextAsync(string text)
    {
        var payload = Encoding.UTF8.GetBytes(text);
        var mask = RandomNumberGenerator.GetBytes(4);
        using var frame = new MemoryStream();
        frame.WriteByte(0x81);
        if (payload.Length < 126)
        {
            frame.WriteByte((byte)(0x80 | payload.Length));
        }
        else
        {
            frame.WriteByte(0x80 | 126);
            frame.WriteByte((byte)(payload.Length >> 8));
            frame.WriteByte((byte)payload.Length);
        }

        frame.Write(mask);
        for (var i = 0; i < payload.Length; i++)
        {
            frame.WriteByte((byte)(payload[i] ^ mask[i & 3]));
        }

        await _stream.WriteAsync(frame.ToArray());
    }

    public ValueTask DisposeAsync()
    {
        _tcp.Dispose();
        return ValueTask.CompletedTask;
    }
}
