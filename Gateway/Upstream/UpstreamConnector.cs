using System.Globalization;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;

namespace OdooAspire.Gateway.Upstream;

/// <summary>Opens the connection to Odoo for one upgraded session: TCP (no Nagle), TLS for https, within the connect timeout.</summary>
internal sealed class UpstreamConnector(TimeSpan connectTimeout, bool acceptAnyServerCertificate)
{
    public TimeSpan ConnectTimeout => connectTimeout;

    public async Task<Stream> ConnectAsync(Uri target, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(connectTimeout);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        Stream? stream = null;
        try
        {
            await socket.ConnectAsync(new DnsEndPoint(target.IdnHost, target.Port), timeout.Token);
            stream = new NetworkStream(socket, ownsSocket: true);
            if (string.Equals(target.Scheme, Uri.UriSchemeHttps, StringComparison.OrdinalIgnoreCase))
            {
                stream = await AuthenticateAsync(stream, target, timeout.Token);
            }

            return stream;
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            Dispose(stream, socket);
            var seconds = connectTimeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
            throw new HttpRequestException(HttpRequestError.ConnectionError,
                $"Odoo at {target.Authority} did not accept a connection within {seconds} s (Gateway:ConnectTimeout).", new TimeoutException(ex.Message, ex));
        }
        catch (SocketException ex)
        {
            Dispose(stream, socket);
            throw new HttpRequestException(HttpRequestError.ConnectionError, $"{ex.Message} ({target.Authority})", ex);
        }
        catch (Exception ex) when (ex is AuthenticationException or IOException)
        {
            Dispose(stream, socket);
            throw new HttpRequestException(HttpRequestError.SecureConnectionError, $"The TLS handshake with {target.Authority} failed: {ex.Message}", ex);
        }
        catch
        {
            Dispose(stream, socket);
            throw;
        }
    }

    private async Task<Stream> AuthenticateAsync(Stream stream, Uri target, CancellationToken cancellationToken)
    {
        var tls = new SslStream(stream, leaveInnerStreamOpen: false);
        var options = new SslClientAuthenticationOptions
        {
            TargetHost = target.IdnHost,
            ApplicationProtocols = [SslApplicationProtocol.Http11],
#pragma warning disable CA5359 // The cluster's DangerousAcceptAnyServerCertificate, an explicit opt-in, as YARP honours it.
            RemoteCertificateValidationCallback = acceptAnyServerCertificate ? static (_, _, _, _) => true : null,
#pragma warning restore CA5359
        };
        try
        {
            await tls.AuthenticateAsClientAsync(options, cancellationToken);
            return tls;
        }
        catch
        {
            await tls.DisposeAsync();
            throw;
        }
    }

    private static void Dispose(Stream? stream, Socket socket)
    {
        if (stream is not null)
        {
            stream.Dispose();
        }
        else
        {
            socket.Dispose();
        }
    }
}
