using System.Net.WebSockets;
using System.Text;

namespace OdooAspire.Gateway.Tests.Infrastructure;

/// <summary>HTTP and websocket clients as browsers use them (Origin set, no redirects followed, any test certificate accepted).</summary>
internal static class TestClients
{
    public static HttpClient Http(Uri baseAddress) => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, errors) => TestCertificate.Validate(certificate, errors) },
    })
    {
        BaseAddress = baseAddress,
        Timeout = TestTimeouts.Step,
    };

    public static async Task<ClientWebSocket> ConnectAsync(Uri address, string? origin = null)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.SetRequestHeader("Origin", origin ?? "http://" + address.Authority);
        socket.Options.RemoteCertificateValidationCallback = (_, certificate, _, errors) => TestCertificate.Validate(certificate, errors);
        await socket.ConnectAsync(address, TestTimeouts.StepToken());
        return socket;
    }

    public static Task SendTextAsync(this ClientWebSocket socket, string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, TestTimeouts.StepToken());

    /// <summary>The next whole message, or null when the connection closed (with a close frame or without).</summary>
    public static async Task<string?> ReceiveTextAsync(this ClientWebSocket socket, CancellationToken? cancellationToken = null)
    {
        var token = cancellationToken ?? TestTimeouts.StepToken();
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);
        }
        catch (WebSocketException)
        {
            return null;
        }

        return Encoding.UTF8.GetString(message.ToArray());
    }
}
