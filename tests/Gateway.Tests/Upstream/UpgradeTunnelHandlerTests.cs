using System.Diagnostics;
using System.Net;
using System.Text;
using OdooAspire.Gateway.Tests.Infrastructure;
using OdooAspire.Gateway.Upstream;
using OdooAspire.Gateway.WebSockets;

namespace OdooAspire.Gateway.Tests.Upstream;

public sealed class UpgradeTunnelHandlerTests
{
    private const string SwitchingProtocols =
        "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n";

    [Fact]
    public async Task A_101_hands_over_the_connection_with_the_bytes_that_arrived_with_the_head()
    {
        await using var upstream = new ScriptedUpstream(async stream =>
        {
            // The head and the first frame in one write, as a server that pushes at once may send them.
            await ScriptedUpstream.WriteAsync(stream, SwitchingProtocols + "early");
            var ping = new byte[4];
            await stream.ReadExactlyAsync(ping);
            await ScriptedUpstream.WriteAsync(stream, Encoding.ASCII.GetString(ping) == "ping" ? "pong" : "what?");
        });
        using var invoker = Invoker();

        using var response = await invoker.SendAsync(UpgradeRequest(upstream.Url), TestTimeouts.StepToken());

        Assert.Equal(HttpStatusCode.SwitchingProtocols, response.StatusCode);
        Assert.Equal("websocket", Assert.Single(response.Headers.Upgrade).Name);
        Assert.Contains("Upgrade", response.Headers.Connection);
        Assert.Equal("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", Assert.Single(response.Headers.GetValues("Sec-WebSocket-Accept")));
        var connection = await response.Content.ReadAsStreamAsync(TestTimeouts.StepToken());
        Assert.Equal(0, await connection.ReadAsync(Memory<byte>.Empty, TestTimeouts.StepToken()));
        Assert.Equal("early", await ReadTextAsync(connection, 5));
        await connection.WriteAsync("ping"u8.ToArray(), TestTimeouts.StepToken());
        Assert.Equal("pong", await ReadTextAsync(connection, 4));
    }

    [Fact]
    public async Task The_request_head_is_a_plain_http_1_1_get_with_the_clients_host_and_every_header()
    {
        await using var upstream = new ScriptedUpstream(stream => ScriptedUpstream.WriteAsync(stream, SwitchingProtocols));
        using var invoker = Invoker();
        using var request = UpgradeRequest(new Uri(upstream.Url, "/websocket?version=18.0-5"));
        request.Headers.Host = "odoo.example:8443";
        request.Headers.TryAddWithoutValidation("Cookie", ["session_id=abc", "dgid=7|x"]);
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", "10.1.2.3");

        using var response = await invoker.SendAsync(request, TestTimeouts.StepToken());

        var head = await upstream.RequestHead;
        Assert.StartsWith("GET /websocket?version=18.0-5 HTTP/1.1\r\nHost: odoo.example:8443\r\n", head, StringComparison.Ordinal);
        Assert.Contains("\r\nUpgrade: websocket\r\n", head, StringComparison.Ordinal);
        Assert.Contains("\r\nConnection: Upgrade\r\n", head, StringComparison.Ordinal);
        Assert.Contains("\r\nOrigin: http://odoo.example:8443\r\n", head, StringComparison.Ordinal);
        Assert.Contains("\r\nCookie: session_id=abc; dgid=7|x\r\n", head, StringComparison.Ordinal);
        Assert.Contains("\r\nX-Forwarded-For: 10.1.2.3\r\n", head, StringComparison.Ordinal);
        Assert.EndsWith("\r\n\r\n", head, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_handshake_is_a_client_span_whose_context_odoo_receives()
    {
        // Other tests of this process open websockets too: keep the spans of this test's upstream only.
        var spans = new System.Collections.Concurrent.ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == WebSocketTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        await using var upstream = new ScriptedUpstream(stream => ScriptedUpstream.WriteAsync(stream, SwitchingProtocols));
        using var invoker = Invoker();
        var url = new Uri(upstream.Url, "/websocket?version=18.0-5");

        using (var response = await invoker.SendAsync(UpgradeRequest(url), TestTimeouts.StepToken()))
        {
            Assert.Equal(HttpStatusCode.SwitchingProtocols, response.StatusCode);
        }

        var span = Assert.Single(spans, span => span.Kind == ActivityKind.Client && Equals(span.GetTagItem("url.full"), url.AbsoluteUri));
        Assert.Equal(101, span.GetTagItem("http.response.status_code"));
        Assert.Contains($"\r\ntraceparent: 00-{span.TraceId}-{span.SpanId}-01\r\n", await upstream.RequestHead, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> RefusalFramings => new()
    {
        { "content-length", "HTTP/1.1 500 INTERNAL SERVER ERROR\r\nContent-Type: text/plain\r\nContent-Length: 27\r\n\r\nCouldn't bind the websocket" },
        { "chunked", "HTTP/1.1 500 INTERNAL SERVER ERROR\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nCould\r\n16\r\nn't bind the websocket\r\n0\r\nX-Trailer: t\r\n\r\n" },
        { "until the connection closes", "HTTP/1.1 500 INTERNAL SERVER ERROR\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\nCouldn't bind the websocket" },
    };

    [Theory]
    [MemberData(nameof(RefusalFramings))]
    public async Task A_refused_upgrade_returns_odoos_status_and_body_whatever_its_framing(string framing, string answer)
    {
        await using var upstream = new ScriptedUpstream(stream => ScriptedUpstream.WriteAsync(stream, answer));
        using var invoker = Invoker();

        using var response = await invoker.SendAsync(UpgradeRequest(upstream.Url), TestTimeouts.StepToken());

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("INTERNAL SERVER ERROR", response.ReasonPhrase);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Couldn't bind the websocket", await response.Content.ReadAsStringAsync(TestTimeouts.StepToken()));
        Assert.Equal(27, response.Content.Headers.ContentLength);
        Assert.False(response.Headers.TransferEncodingChunked ?? false, framing);
    }

    [Fact]
    public async Task An_interim_100_continue_is_skipped()
    {
        await using var upstream = new ScriptedUpstream(stream => ScriptedUpstream.WriteAsync(stream, "HTTP/1.1 100 Continue\r\n\r\n" + SwitchingProtocols));
        using var invoker = Invoker();

        using var response = await invoker.SendAsync(UpgradeRequest(upstream.Url), TestTimeouts.StepToken());

        Assert.Equal(HttpStatusCode.SwitchingProtocols, response.StatusCode);
    }

    public static TheoryData<string, string> BrokenAnswers => new()
    {
        { "SSH-2.0-OpenSSH_9.2\r\n\r\n", "status line" },
        { "HTTP/1.1 101 Switching Protocols\r\nno colon here\r\n\r\n", "header line" },
        { "HTTP/1.1 500 Oops\r\nContent-Length: many\r\n\r\n", "Content-Length" },
        { "HTTP/1.1 500 Oops\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", "chunk size" },
        { "HTTP/1.1 101 Switching Protocols\r\nX-Big: " + new string('a', Http1ResponseReader.MaxHeadBytes) + "\r\n\r\n", "head is over" },
    };

    [Theory]
    [MemberData(nameof(BrokenAnswers))]
    public async Task An_answer_that_is_not_valid_http_fails_as_an_invalid_response(string answer, string named)
    {
        await using var upstream = new ScriptedUpstream(stream => ScriptedUpstream.WriteAsync(stream, answer));
        using var invoker = Invoker();

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => invoker.SendAsync(UpgradeRequest(upstream.Url), TestTimeouts.StepToken()));

        Assert.Equal(HttpRequestError.InvalidResponse, error.HttpRequestError);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connection_closed_before_the_answer_fails_as_a_response_that_ended()
    {
        await using var upstream = new ScriptedUpstream(_ => Task.CompletedTask);
        using var invoker = Invoker();

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => invoker.SendAsync(UpgradeRequest(upstream.Url), TestTimeouts.StepToken()));

        Assert.Equal(HttpRequestError.ResponseEnded, error.HttpRequestError);
    }

    [Fact]
    public async Task A_refused_connection_fails_as_a_connection_error_naming_the_address()
    {
        var closed = new Uri(ClosedPort.Url());
        using var invoker = Invoker();

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => invoker.SendAsync(UpgradeRequest(closed), TestTimeouts.StepToken()));

        Assert.Equal(HttpRequestError.ConnectionError, error.HttpRequestError);
        Assert.Contains(closed.Authority, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_header_with_a_line_break_is_never_written_to_odoo()
    {
        await using var upstream = new ScriptedUpstream(stream => ScriptedUpstream.WriteAsync(stream, SwitchingProtocols));
        using var invoker = Invoker();
        using var request = UpgradeRequest(upstream.Url);
        request.Headers.TryAddWithoutValidation("X-Smuggle", "a\r\nGET /web/database/manager HTTP/1.1");

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => invoker.SendAsync(request, TestTimeouts.StepToken()));

        Assert.Contains("X-Smuggle", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_that_are_not_upgrades_go_to_the_pooled_handler()
    {
        using var pooled = new AnsweringHandler();
        using var invoker = new HttpMessageInvoker(new UpgradeTunnelHandler(pooled, new UpstreamConnector(TimeSpan.FromSeconds(3), false)));
        using var plain = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1:1/websocket/health");

        using var response = await invoker.SendAsync(plain, TestTimeouts.StepToken());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.True(UpgradeTunnelHandler.IsUpgrade(UpgradeRequest(new Uri("http://127.0.0.1:1/"))));
        Assert.False(UpgradeTunnelHandler.IsUpgrade(plain));
    }

    private static HttpMessageInvoker Invoker() =>
        new(new UpgradeTunnelHandler(new AnsweringHandler(), new UpstreamConnector(TimeSpan.FromSeconds(3), acceptAnyServerCertificate: false)));

    private static HttpRequestMessage UpgradeRequest(Uri url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url) { Version = HttpVersion.Version11 };
        request.Headers.TryAddWithoutValidation("Connection", "Upgrade");
        request.Headers.TryAddWithoutValidation("Upgrade", "websocket");
        request.Headers.TryAddWithoutValidation("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==");
        request.Headers.TryAddWithoutValidation("Sec-WebSocket-Version", "13");
        request.Headers.TryAddWithoutValidation("Origin", "http://odoo.example:8443");
        return request;
    }

    private static async Task<string> ReadTextAsync(Stream stream, int length)
    {
        var buffer = new byte[length];
        await stream.ReadExactlyAsync(buffer, TestTimeouts.StepToken());
        return Encoding.ASCII.GetString(buffer);
    }

    /// <summary>Stands for the pooled SocketsHttpHandler: answers 202 to whatever reaches it.</summary>
    private sealed class AnsweringHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.Accepted));
    }
}
