using System.Text;
using OdooAspire.AppHost.Doctor.Probes;

namespace OdooAspire.AppHost.Tests.Doctor;

public sealed class HttpResponseReaderTests
{
    [Fact]
    public async Task The_head_is_read_up_to_the_blank_line_leaving_a_following_websocket_frame_unread()
    {
        var bytes = Encoding.ASCII.GetBytes("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nSet-Cookie: a=1\r\nset-cookie: b=2\r\n\r\n")
            .Concat(new byte[] { 0x88, 0x02, 0x03, 0xE8 }).ToArray();
        using var stream = new MemoryStream(bytes);

        var head = await HttpResponseReader.ReadHeadAsync(stream, 1024, CancellationToken.None);
        var (status, reason, headers) = HttpResponseReader.ParseHead(head);

        Assert.Equal(101, status);
        Assert.Equal("Switching Protocols", reason);
        Assert.Equal("a=1, b=2", headers["SET-COOKIE"]);
        Assert.Equal(0x88, stream.ReadByte());
    }

    [Fact]
    public async Task A_chunked_error_page_is_decoded()
    {
        using var stream = new MemoryStream(Encoding.ASCII.GetBytes("5\r\nHello\r\n7\r\n, Odoo!\r\n0\r\n\r\n"));
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Transfer-Encoding"] = "chunked" };

        var body = await HttpResponseReader.ReadBodyAsync(stream, headers, 1024, CancellationToken.None, CancellationToken.None);

        Assert.Equal("Hello, Odoo!", body);
    }

    [Fact]
    public async Task Something_that_is_not_http_is_a_format_error()
    {
        using var stream = new MemoryStream(Encoding.ASCII.GetBytes("SSH-2.0-OpenSSH_9.2\r\n\r\n"));

        var head = await HttpResponseReader.ReadHeadAsync(stream, 1024, CancellationToken.None);

        Assert.Throws<FormatException>(() => HttpResponseReader.ParseHead(head));
    }
}
