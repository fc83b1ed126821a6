using System.Net;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using OdooAspire.Gateway.Options;

namespace OdooAspire.Gateway.Sessions;

/// <summary>
/// Serves the websocket sessions page on 127.0.0.1:<c>Gateway:Sessions:Port</c> with a Kestrel server of its
/// own: the proxied endpoints never route to it, and it never appears on them. Without the setting it does nothing.
/// </summary>
internal sealed partial class SessionsPageServer(
    IOptions<GatewayOptions> options,
    WebSocketSessionBoard board,
    IConnectionListenerFactory transport,
    IServiceProvider services,
    ILoggerFactory loggerFactory) : IHostedService, IDisposable
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<SessionsPageServer>();
    private KestrelServer? _server;

    /// <summary>The page's address once started (the bound port when <c>Gateway:Sessions:Port</c> is 0); null when off.</summary>
    public Uri? Address { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Sessions.Port is not { } port)
        {
            return;
        }

        var kestrel = new KestrelServerOptions { AddServerHeader = false, ApplicationServices = services };
        kestrel.Listen(IPAddress.Loopback, port);
        _server = new KestrelServer(new OptionsWrapper<KestrelServerOptions>(kestrel), transport, loggerFactory);
        try
        {
            await _server.StartAsync(new SessionsPageApplication(board), cancellationToken);
        }
        catch (IOException ex)
        {
            throw new GatewayConfigurationException(
                $"The websocket sessions page cannot listen on 127.0.0.1:{port} (Gateway:Sessions:Port): {ex.Message} "
                + "Choose a free port (0 picks one), or remove Gateway:Sessions:Port to turn the page off.", ex);
        }

        Address = new Uri(_server.Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        LogListening(_logger, Address);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is not null)
        {
            await _server.StopAsync(cancellationToken);
        }
    }

    public void Dispose() => _server?.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "WebSocket sessions page: {Address} (loopback only)")]
    private static partial void LogListening(ILogger logger, Uri address);
}
