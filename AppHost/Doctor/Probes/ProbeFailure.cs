using System.Globalization;
using System.Net.Sockets;
using System.Security.Authentication;

namespace OdooAspire.AppHost.Doctor.Probes;

/// <summary>Why a network step got no answer, in words for the report.</summary>
internal sealed record ProbeFailure(string Message)
{
    /// <summary>The TLS handshake failed (untrusted or mismatching certificate), as opposed to no connection at all.</summary>
    public bool Tls { get; init; }

    public static ProbeFailure TimedOut(string endpoint, TimeSpan timeout) =>
        new($"no answer from {endpoint} within {timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s");

    public static ProbeFailure From(Exception exception, string endpoint)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case SocketException { SocketErrorCode: SocketError.ConnectionRefused }:
                    return new($"cannot connect to {endpoint} (connection refused: nothing listens there)");
                case SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain }:
                    return new($"cannot connect to {endpoint} (host name not found)");
                case SocketException socket:
                    return new($"cannot connect to {endpoint} ({socket.Message})");
                case AuthenticationException tls:
                    return new($"TLS handshake with {endpoint} failed ({tls.Message})") { Tls = true };
                case IOException io when inner == exception || inner.InnerException is null:
                    return new($"connection to {endpoint} broken ({io.Message})");
            }
        }

        return new($"request to {endpoint} failed ({exception.Message})");
    }
}
