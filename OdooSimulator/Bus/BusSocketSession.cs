using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using OdooAspire.OdooSimulator.Configuration;
using OdooAspire.OdooSimulator.Persistence;
using OdooAspire.OdooSimulator.WebSockets;

namespace OdooAspire.OdooSimulator.Bus;

/// <summary>
/// One bus websocket after the handshake: reads the client's events (subscribe, update_presence), pushes the
/// notifications of its channels, pings when idle, and marks its persona offline when it closes.
/// </summary>
internal sealed partial class BusSocketSession : IBusSubscriber, IDisposable
{
    private readonly Stream _stream;
    private readonly SocketIdentity _identity;
    private readonly BusSocketServices _services;
    private readonly WebSocketFrameWriter _writer;
    private readonly BusSocketPinger _pinger;
    private readonly SemaphoreSlim _pump = new(1, 1);
    private readonly ILogger _logger;
    private HashSet<string> _channels = new(StringComparer.Ordinal);
    private long _lastSentId;
    private bool _subscribed;
    private readonly Action _abort;
    private volatile bool _closed;

    /// <summary>Creates the session; <paramref name="abort"/> drops the connection of a peer that stops reading.</summary>
    public BusSocketSession(Stream stream, SocketIdentity identity, BusSocketServices services, Action abort)
    {
        _abort = abort;
        _stream = stream;
        _identity = identity;
        _services = services;
        _writer = new WebSocketFrameWriter(stream);
        _pinger = new BusSocketPinger(_writer, services.Options.Timings, services.PingInterval, services.TimeProvider);
        _logger = services.LoggerFactory.CreateLogger<BusSocketSession>();
    }

    public async Task RunAsync(bool outdatedVersion, CancellationToken cancellationToken)
    {
        try
        {
            if (outdatedVersion)
            {
                await _writer.WriteCloseAsync(WebSocketCloseCodes.Clean, "OUTDATED_VERSION", cancellationToken);
                return;
            }

            _services.Dispatcher.Register(this);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var pinging = _pinger.RunAsync(stop.Token);
            var reading = ReadLoopAsync(stop.Token);
            var first = await Task.WhenAny(pinging, reading);
            if (first == pinging && pinging.IsCompletedSuccessfully)
            {
                await CloseForTimeoutAsync(pinging.Result, cancellationToken);
            }

            await stop.CancelAsync();
            await Task.WhenAll(pinging, reading).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (cancellationToken.IsCancellationRequested)
            {
                await SayGoingAwayAsync();
            }
        }
        finally
        {
            _services.Dispatcher.Unregister(this);
            _closed = true;

            // Let a delivery already under way finish before the writer goes away.
            await _pump.WaitAsync(CancellationToken.None);
            _pump.Release();
            await GoOfflineAsync();
        }
    }

    private async Task CloseForTimeoutAsync(BusSocketTimeout timeout, CancellationToken cancellationToken)
    {
        if (timeout == BusSocketTimeout.KeepAlive)
        {
            LogKeepAliveTimeout();
            await _writer.WriteCloseAsync(WebSocketCloseCodes.KeepAliveTimeout, string.Empty, cancellationToken);
            return;
        }

        // No pong: Odoo treats it as an abnormal closure and drops the connection without a close frame.
        LogNoPong();
        _abort();
    }

    private async Task SayGoingAwayAsync()
    {
        // The server is stopping: tell the client, as Odoo does, but never wait long for a dead peer.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        try
        {
            await _writer.WriteCloseAsync(WebSocketCloseCodes.GoingAway, "Server is shutting down", timeout.Token);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The peer is already gone.
        }
    }

    public void Dispose()
    {
        // _pump is not disposed: a late dispatcher call may still await it, and it holds no handle.
        _writer.Dispose();
    }

    public bool IsSubscribedToAny(IReadOnlyCollection<string> channels)
    {
        var current = Volatile.Read(ref _channels);
        return _subscribed && channels.Any(current.Contains);
    }

    public async Task PumpAsync(CancellationToken cancellationToken)
    {
        if (_closed)
        {
            return;
        }

        await _pump.WaitAsync(cancellationToken);

        try
        {
            if (_closed)
            {
                return;
            }

            var rows = await _services.Database.InTransactionAsync(
                scope => BusPoller.PollAsync(scope, Volatile.Read(ref _channels), _lastSentId, _services.Options.Timings.ReplayWindow, cancellationToken),
                cancellationToken);
            if (rows.Count == 0)
            {
                return;
            }

            // A client that stops reading must not hold the dispatcher: give it the connection timeout, then drop it.
            using var sendTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            sendTimeout.CancelAfter(_services.Options.Timings.SendTimeout);
            try
            {
                await _writer.WriteTextAsync(BusPoller.ToFrame(rows), sendTimeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                LogSendTimeout();
                _abort();
                return;
            }

            _lastSentId = rows[^1].Id;
            _pinger.MarkActivity();
        }
        finally
        {
            _pump.Release();
        }
    }

    private async Task ReadLoopAsync(CancellationToken cancellationToken)
    {
        var reader = new WebSocketFrameReader(_stream, _services.Options.Timings.MaxMessageBytes);
        try
        {
            while (await reader.ReadAsync(cancellationToken) is { } frame)
            {
                _pinger.MarkActivity();
                switch (frame.Opcode)
                {
                    case WebSocketOpcode.Close:
                        await _writer.WriteAsync(WebSocketOpcode.Close, frame.Payload.AsMemory(0, Math.Min(frame.Payload.Length, 2)), cancellationToken);
                        return;
                    case WebSocketOpcode.Ping:
                        await _writer.WriteAsync(WebSocketOpcode.Pong, frame.Payload, cancellationToken);
                        break;
                    case WebSocketOpcode.Binary when frame.Payload is [0x00] && _services.Profile.IgnoresLivenessProbe:
                        // Odoo 19's web client sends this byte now and then to find dead connections; its bus ignores it.
                        break;
                    case WebSocketOpcode.Text or WebSocketOpcode.Binary:
                        // Odoo reads a binary message as JSON too (so earlier versions log the probe as a bad event).
                        await HandleEventAsync(Encoding.UTF8.GetString(frame.Payload), cancellationToken);
                        break;
                }
            }
        }
        catch (WebSocketProtocolException ex)
        {
            LogProtocolError(ex.CloseCode, ex.Message);
            await _writer.WriteCloseAsync(ex.CloseCode, ex.Message, cancellationToken);
        }
        catch (IOException)
        {
            // The peer went away without a close frame.
        }
    }

    // Like Odoo, closing any socket of a user (or guest) marks it offline (no "last socket" count); its other tabs
    // say otherwise at their next update_presence.
    private async Task GoOfflineAsync()
    {
        if (_identity.Persona is not { } persona)
        {
            return;
        }

        try
        {
            await _services.Database.InTransactionAsync(
                async scope => await AnnounceAsync(scope, await PresenceStore.SetOfflineAsync(scope, persona, CancellationToken.None), CancellationToken.None),
                CancellationToken.None);
        }
        catch (Npgsql.NpgsqlException ex)
        {
            LogOfflineFailed(ex);
        }
    }
}
