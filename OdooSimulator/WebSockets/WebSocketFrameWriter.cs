using System.Buffers.Binary;
using System.Text;

namespace OdooAspire.OdooSimulator.WebSockets;

/// <summary>Writes unmasked server frames; one frame at a time, whoever calls (dispatcher, pinger, reader).</summary>
internal sealed class WebSocketFrameWriter(Stream stream) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public Task WriteTextAsync(string text, CancellationToken cancellationToken) =>
        WriteAsync(WebSocketOpcode.Text, Encoding.UTF8.GetBytes(text), cancellationToken);

    public Task WriteCloseAsync(ushort code, string reason, CancellationToken cancellationToken)
    {
        var reasonBytes = Encoding.UTF8.GetBytes(reason);
        var payload = new byte[2 + reasonBytes.Length];
        BinaryPrimitives.WriteUInt16BigEndian(payload, code);
        reasonBytes.CopyTo(payload, 2);
        return WriteAsync(WebSocketOpcode.Close, payload, cancellationToken);
    }

    public async Task WriteAsync(WebSocketOpcode opcode, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        var header = new byte[10];
        header[0] = (byte)(0x80 | (byte)opcode);
        int headerLength;
        if (payload.Length < 126)
        {
            header[1] = (byte)payload.Length;
            headerLength = 2;
        }
        else if (payload.Length <= ushort.MaxValue)
        {
            header[1] = 126;
            BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(2), (ushort)payload.Length);
            headerLength = 4;
        }
        else
        {
            header[1] = 127;
            BinaryPrimitives.WriteUInt64BigEndian(header.AsSpan(2), (ulong)payload.Length);
            headerLength = 10;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            await stream.WriteAsync(header.AsMemory(0, headerLength), cancellationToken);
            await stream.WriteAsync(payload, cancellationToken);
            await stream.FlushAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
