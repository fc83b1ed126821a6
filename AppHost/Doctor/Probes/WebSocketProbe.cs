using System.Net.Security;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;

namespace OdooAspire.AppHost.Doctor.Probes;

/// <summary>
/// A websocket handshake written by hand, so a refusal shows its status line, headers and body (the .NET client
/// only says that it failed), and a success leaves an idle socket (no client pings) for the idle check.
/// </summary>
internal sealed class WebSocketProbe(Uri target, TimeSpan timeout, bool acceptAnyCertificate, TimeProvider time)
{
    private const int MaxHeadBytes = 32 * 1024;
    private const int MaxBodyBytes = 8 * 1024;
    private const string AcceptGuid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    /// <summary>
    /// A browser's User-Agent: Odoo enforces the bus version (closing with OUTDATED_VERSION) only for clients its
    /// user-agent parser recognises as a browser; anything else is treated as an IoT box and let through.
    /// </summary>
    public const string BrowserUserAgent =
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 OdooAspire-doctor/1.0";

    public string Endpoint => target.Authority;

    /// <summary>GET <paramref name="pathAndQuery"/> with the upgrade headers a browser sends.</summary>
    public async Task<HandshakeObservation> HandshakeAsync(string pathAndQuery, string origin, CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
        var started = time.GetTimestamp();
        var connection = new TcpClient { NoDelay = true };
        var keep = false;
        try
        {
            await connection.ConnectAsync(target.Host, target.Port, linked.Token);
            Stream stream = connection.GetStream();
            if (target.Scheme == Uri.UriSchemeHttps)
            {
                var tls = new SslStream(stream, leaveInnerStreamOpen: false);
                await tls.AuthenticateAsClientAsync(
                    new SslClientAuthenticationOptions
                    {
                        TargetHost = target.IdnHost,
#pragma warning disable CA5359 // --insecure: the user's explicit choice, for development certificates.
                        RemoteCertificateValidationCallback = acceptAnyCertificate ? (_, _, _, _) => true : null,
#pragma warning restore CA5359
                    },
                    linked.Token);
                stream = tls;
            }

            var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
            var request =
                $"GET {pathAndQuery} HTTP/1.1\r\nHost: {target.Authority}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n" +
                $"Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: {key}\r\nOrigin: {origin}\r\nUser-Agent: {BrowserUserAgent}\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(request), linked.Token);
            var head = await HttpResponseReader.ReadHeadAsync(stream, MaxHeadBytes, linked.Token);
            var (status, reason, headers) = HttpResponseReader.ParseHead(head);
            if (status == 101)
            {
                var acceptValid = headers.TryGetValue("Sec-WebSocket-Accept", out var accept) && accept == ExpectedAccept(key);
                OpenWebSocket? socket = null;
                if (acceptValid)
                {
                    var websocket = WebSocket.CreateFromStream(stream, new WebSocketCreationOptions { IsServer = false, KeepAliveInterval = TimeSpan.Zero });
                    socket = new OpenWebSocket(connection, websocket, time);
                    keep = true;
                }

                return new HandshakeObservation
                {
                    Status = status, Reason = reason, Headers = headers, AcceptValid = acceptValid, Socket = socket, Elapsed = time.GetElapsedTime(started),
                };
            }

            var body = await HttpResponseReader.ReadBodyAsync(stream, headers, MaxBodyBytes, linked.Token, cancellationToken);
            return new HandshakeObservation { Status = status, Reason = reason, Headers = headers, Body = body, Elapsed = time.GetElapsedTime(started) };
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new HandshakeObservation { Failure = ProbeFailure.TimedOut(Endpoint, timeout), Elapsed = time.GetElapsedTime(started) };
        }
        catch (Exception ex) when (ex is SocketException or IOException or System.Security.Authentication.AuthenticationException)
        {
            return new HandshakeObservation { Failure = ProbeFailure.From(ex, Endpoint), Elapsed = time.GetElapsedTime(started) };
        }
        catch (FormatException ex)
        {
            return new HandshakeObservation { Failure = new ProbeFailure($"{Endpoint} answered something that is not HTTP ({ex.Message})"), Elapsed = time.GetElapsedTime(started) };
        }
        finally
        {
            if (!keep)
            {
                connection.Dispose();
            }
        }
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350", Justification = "RFC 6455 defines Sec-WebSocket-Accept with SHA-1; it is not used for security.")]
    internal static string ExpectedAccept(string key) =>
        Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + AcceptGuid)));
}
