using System.Buffers.Binary;
using System.Text;
using OdooAspire.Gateway.WebSockets;

namespace OdooAspire.Gateway.Tests.WebSockets;

public sealed class WebSocketFrameParserTests
{
    [Theory]
    [InlineData(true, 1)]
    [InlineData(true, 3)]
    [InlineData(false, 1)]
    [InlineData(false, 7)]
    [InlineData(false, 100_000)]
    public void Messages_are_counted_however_the_bytes_are_split(bool fromClient, int chunkSize)
    {
        var direction = fromClient ? WebSocketDirection.ClientToOdoo : WebSocketDirection.OdooToClient;
        var masked = fromClient;
        var stream = Concat(
            Frame(0x1, true, "hello", masked),
            Frame(0x9, true, "", masked),
            Frame(0x2, true, new string('x', 300), masked),
            Frame(0x1, false, "frag", masked),
            Frame(0xA, true, "pong", masked),
            Frame(0x0, true, "ment", masked),
            Frame(0x2, true, new string('y', 70_000), masked),
            Frame(0x1, true, "", masked));
        var parser = new WebSocketFrameParser(direction, reservedBit1Allowed: false);

        var messages = 0;
        for (var offset = 0; offset < stream.Length; offset += chunkSize)
        {
            var result = parser.Parse(stream.AsSpan(offset, Math.Min(chunkSize, stream.Length - offset)));
            Assert.False(result.IsViolation, result.Violation.ToString());
            messages += result.Messages;
        }

        Assert.Equal(5, messages);
        Assert.Null(parser.Close);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(64)]
    public void A_masked_close_frame_is_read_with_its_code_and_reason(int chunkSize)
    {
        var payload = new byte[2 + 15];
        BinaryPrimitives.WriteUInt16BigEndian(payload, 4002);
        Encoding.UTF8.GetBytes("KEEP_ALIVE_DONE").CopyTo(payload, 2);
        var frame = Frame(0x8, true, payload, masked: true);
        var parser = new WebSocketFrameParser(WebSocketDirection.ClientToOdoo, reservedBit1Allowed: false);

        for (var offset = 0; offset < frame.Length; offset += chunkSize)
        {
            parser.Parse(frame.AsSpan(offset, Math.Min(chunkSize, frame.Length - offset)));
        }

        Assert.Equal(new ObservedClose(WebSocketDirection.ClientToOdoo, 4002, "KEEP_ALIVE_DONE"), parser.Close);
    }

    [Fact]
    public void A_close_frame_without_payload_has_no_code()
    {
        var parser = new WebSocketFrameParser(WebSocketDirection.OdooToClient, reservedBit1Allowed: false);

        parser.Parse(Frame(0x8, true, [], masked: false));

        Assert.Equal(new ObservedClose(WebSocketDirection.OdooToClient, null, string.Empty), parser.Close);
    }

    [Theory]
    [InlineData(true, new byte[] { 0x81, 0x02, 0x68, 0x69 }, "UnmaskedClientFrame")]
    [InlineData(false, new byte[] { 0x81, 0x82, 1, 2, 3, 4, 0x68, 0x69 }, "MaskedServerFrame")]
    [InlineData(false, new byte[] { 0xC1, 0x00 }, "ReservedBitsSet")]
    [InlineData(false, new byte[] { 0xA1, 0x00 }, "ReservedBitsSet")]
    [InlineData(false, new byte[] { 0x83, 0x00 }, "UnknownOpcode")]
    [InlineData(false, new byte[] { 0x8B, 0x00 }, "UnknownOpcode")]
    [InlineData(false, new byte[] { 0x09, 0x00 }, "FragmentedControlFrame")]
    [InlineData(false, new byte[] { 0x89, 0x7E, 0x00, 0x80 }, "ControlFrameTooLong")]
    [InlineData(false, new byte[] { 0x80, 0x00 }, "UnexpectedContinuation")]
    [InlineData(false, new byte[] { 0x01, 0x00, 0x81, 0x00 }, "MissingContinuation")]
    [InlineData(false, new byte[] { 0x82, 0x7F, 0x80, 0, 0, 0, 0, 0, 0, 0 }, "LengthTooLarge")]
    public void Frames_that_break_rfc_6455_are_reported(bool fromClient, byte[] bytes, string violation)
    {
        var expected = Enum.Parse<FrameViolation>(violation);
        var parser = new WebSocketFrameParser(fromClient ? WebSocketDirection.ClientToOdoo : WebSocketDirection.OdooToClient, reservedBit1Allowed: false);

        var result = parser.Parse(bytes);

        Assert.Equal(expected, result.Violation);
        Assert.Equal(expected, parser.Violation);
    }

    [Fact]
    public void The_violation_offset_points_at_the_offending_frame_so_valid_frames_before_it_can_be_delivered()
    {
        var parser = new WebSocketFrameParser(WebSocketDirection.OdooToClient, reservedBit1Allowed: false);
        var bytes = Concat(Frame(0x1, true, "ok", masked: false), [0x83, 0x00]);

        var result = parser.Parse(bytes);

        Assert.Equal(1, result.Messages);
        Assert.Equal(FrameViolation.UnknownOpcode, result.Violation);
        Assert.Equal(4, result.ViolationFrameStart);
    }

    [Fact]
    public void Compressed_frames_are_accepted_when_an_extension_was_negotiated()
    {
        var parser = new WebSocketFrameParser(WebSocketDirection.OdooToClient, reservedBit1Allowed: true);

        var result = parser.Parse([0xC1, 0x01, 0x00]);

        Assert.False(result.IsViolation);
        Assert.Equal(1, result.Messages);
    }

    private static byte[] Frame(int opcode, bool fin, string payload, bool masked) => Frame(opcode, fin, Encoding.UTF8.GetBytes(payload), masked);

    private static byte[] Frame(int opcode, bool fin, byte[] payload, bool masked)
    {
        using var frame = new MemoryStream();
        frame.WriteByte((byte)((fin ? 0x80 : 0) | opcode));
        var maskBit = masked ? 0x80 : 0;
        if (payload.Length < 126)
        {
            frame.WriteByte((byte)(maskBit | payload.Length));
        }
        else if (payload.Length <= ushort.MaxValue)
        {
            frame.WriteByte((byte)(maskBit | 126));
            frame.WriteByte((byte)(payload.Length >> 8));
            frame.WriteByte((byte)payload.Length);
        }
        else
        {
            frame.WriteByte((byte)(maskBit | 127));
            var length = new byte[8];
            BinaryPrimitives.WriteUInt64BigEndian(length, (ulong)payload.Length);
            frame.Write(length);
        }

        if (masked)
        {
            byte[] key = [0x12, 0x34, 0x56, 0x78];
            frame.Write(key);
            frame.Write(payload.Select((value, i) => (byte)(value ^ key[i & 3])).ToArray());
        }
        else
        {
            frame.Write(payload);
        }

        return frame.ToArray();
    }

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(part => part)];
}
