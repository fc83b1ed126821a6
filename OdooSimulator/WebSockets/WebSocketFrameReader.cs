using System.Buffers.Binary;

namespace OdooAspire.OdooSimulator.WebSockets;

/// <summary>
/// Reads client frames (always masked) from an upgraded stream. Fragments are joined; a message larger than
/// the limit is refused from its header, before its payload is read, as Odoo does.
/// </summary>
internal sealed class WebSocketFrameReader(Stream stream, int maxMessageBytes)
{
    private readonly byte[] _header = new byte[14];

    /// <summary>The next frame, or null when the peer closed the TCP connection.</summary>
    public async Task<WebSocketFrame?> ReadAsync(CancellationToken cancellationToken)
    {
        using var message = new MemoryStream();
        WebSocketOpcode? messageOpcode = null;
        while (true)
        {
            if (!await TryReadExactlyAsync(_header.AsMemory(0, 2), cancellationToken))
            {
                return null;
            }

            var fin = (_header[0] & 0x80) != 0;
            var opcode = (WebSocketOpcode)(_header[0] & 0x0F);
            var masked = (_header[1] & 0x80) != 0;
            long length = _header[1] & 0x7F;
            if (!masked)
            {
                throw new WebSocketProtocolException(WebSocketCloseCodes.ProtocolError, "client frames must be masked");
            }

            if (length == 126)
            {
                await stream.ReadExactlyAsync(_header.AsMemory(2, 2), cancellationToken);
                length = BinaryPrimitives.ReadUInt16BigEndian(_header.AsSpan(2, 2));
            }
            else if (length == 127)
            {
                await stream.ReadExactlyAsync(_header.AsMemory(2, 8), cancellationToken);
                length = (long)BinaryPrimitives.ReadUInt64BigEndian(_header.AsSpan(2, 8));
            }

            var isControl = opcode >= WebSocketOpcode.Close;
            if (isControl && (length > 125 || !fin))
            {
                throw new WebSocketProtocolException(WebSocketCloseCodes.ProtocolError, "invalid control frame");
            }

            if (length < 0 || message.Length + length > maxMessageBytes)
            {
                throw new WebSocketProtocolException(WebSocketCloseCodes.MessageTooBig, $"message larger than {maxMessageBytes} bytes");
            }

            var mask = new byte[4];
            await stream.ReadExactlyAsync(mask, cancellationToken);
            var payload = new byte[length];
            await stream.ReadExactlyAsync(payload, cancellationToken);
            for (var i = 0; i < payload.Length; i++)
            {
                payload[i] ^= mask[i & 3];
            }

            if (isControl)
            {
                return new WebSocketFrame(opcode, payload);
            }

            if (opcode != WebSocketOpcode.Continuation)
            {
                if (messageOpcode is not null)
                {
                    throw new WebSocketProtocolException(WebSocketCloseCodes.ProtocolError, "new message inside a fragmented one");
                }

                messageOpcode = opcode;
            }
            else if (messageOpcode is null)
            {
                throw new WebSocketProtocolException(WebSocketCloseCodes.ProtocolError, "continuation without a message");
            }

            message.Write(payload);
            if (fin)
            {
                return new WebSocketFrame(messageOpcode.Value, message.ToArray());
            }
        }
    }

    private async Task<bool> TryReadExactlyAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
        return read == buffer.Length;
    }
}
