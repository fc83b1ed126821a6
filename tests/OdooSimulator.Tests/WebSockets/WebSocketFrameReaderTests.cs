using System.Text;
using OdooAspire.OdooSimulator.WebSockets;

namespace OdooAspire.OdooSimulator.Tests.WebSockets;

public sealed class WebSocketFrameReaderTests
{
    [Fact]
    public async Task Fragments_are_joined_into_one_message()
    {
        var stream = new MemoryStream([.. Frame(0x01, "hel", fin: false), .. Frame(0x00, "lo", fin: true)]);

        var frame = await new WebSocketFrameReader(stream, 1024).ReadAsync(CancellationToken.None);

        Assert.Equal(WebSocketOpcode.Text, frame!.Opcode);
        Assert.Equal("hello", Encoding.UTF8.GetString(frame.Payload));
    }

    [Fact]
    public async Task A_control_frame_between_fragments_is_returned_on_its_own()
    {
        var stream = new MemoryStream([.. Frame(0x01, "a", fin: false), .. Frame(0x09, "p", fin: true), .. Frame(0x00, "b", fin: true)]);
        var reader = new WebSocketFrameReader(stream, 1024);

        Assert.Equal(WebSocketOpcode.Ping, (await reader.ReadAsync(CancellationToken.None))!.Opcode);
    }

    [Fact]
    public async Task An_unmasked_client_frame_is_a_protocol_error()
    {
        var frame = Frame(0x01, "x", fin: true);
        frame[1] &= 0x7F;

        var error = await Assert.ThrowsAsync<WebSocketProtocolException>(() => new WebSocketFrameReader(new MemoryStream(frame), 1024).ReadAsync(CancellationToken.None));

        Assert.Equal(WebSocketCloseCodes.ProtocolError, error.CloseCode);
    }

    [Fact]
    public async Task A_message_over_the_limit_is_refused_from_its_header()
    {
        var header = new byte[] { 0x81, 0x80 | 127, 0, 0, 0, 0, 0, 0x10, 0, 1 };

        var error = await Assert.ThrowsAsync<WebSocketProtocolException>(() => new WebSocketFrameReader(new MemoryStream(header), 1024 * 1024).ReadAsync(CancellationToken.None));

        Assert.Equal(WebSocketCloseCodes.MessageTooBig, error.CloseCode);
    }

    [Fact]
    public async Task A_closed_connection_reads_as_null()
    {
        Assert.Null(await new WebSocketFrameReader(new MemoryStream(), 1024).ReadAsync(CancellationToken.None));
    }

    private static byte[] Frame(byte opcode, string text, bool fin)
    {
        var payload = Encoding.UTF8.GetBytes(text);
        var mask = new byte[] { 1, 2, 3, 4 };
        var frame = new List<byte> { (byte)((fin ? 0x80 : 0) | opcode), (byte)(0x80 | payload.Length) };
        frame.AddRange(mask);
        frame.AddRange(payload.Select((b, i) => (byte)(b ^ mask[i & 3])));
        return [.. frame];
    }
}
