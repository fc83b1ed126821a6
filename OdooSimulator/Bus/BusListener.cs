using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using OdooAspire.OdooSimulator.Configuration;

namespace OdooAspire.OdooSimulator.Bus;

/// <summary>
/// The gevent side of the bus: a dedicated connection LISTENing on <c>imbus</c>; each notification wakes the
/// sockets subscribed to its channels. The connection is reopened after a failure, and every socket is then
/// pumped once so nothing committed meanwhile is lost.
/// </summary>
internal sealed partial class BusListener(
    NpgsqlDataSource dataSource,
    BusDispatcher dispatcher,
    SimulatorOptions options,
    TimeProvider timeProvider,
    ILogger<BusListener> logger) : BackgroundService
{
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the first LISTEN is in place.</summary>
    public Task Listening => _listening.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reconnect = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(reconnect, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or IOException or InvalidOperationException)
            {
                LogListenFailed(ex, options.Timings.ListenerRetryDelay);
                await Task.Delay(options.Timings.ListenerRetryDelay, timeProvider, stoppingToken);
            }

            reconnect = true;
        }
    }

    private async Task ListenAsync(bool reconnect, CancellationToken stoppingToken)
    {
        var pending = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
        connection.Notification += (_, e) => pending.Writer.TryWrite(e.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {BusWriter.NotifyChannel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        LogListening(BusWriter.NotifyChannel);
        _listening.TrySetResult();
        if (reconnect)
        {
            await dispatcher.DispatchAsync(null, stoppingToken);
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var dispatching = DispatchLoopAsync(pending.Reader, stop.Token);
        try
        {
            while (true)
            {
                await connection.WaitAsync(stoppingToken);
            }
        }
        finally
        {
            await stop.CancelAsync();
            pending.Writer.TryComplete();
            await dispatching.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task DispatchLoopAsync(ChannelReader<string> payloads, CancellationToken cancellationToken)
    {
        await foreach (var payload in payloads.ReadAllAsync(cancellationToken))
        {
            await dispatcher.DispatchAsync(ParseChannels(payload), cancellationToken);
        }
    }

    private static List<string>? ParseChannels(string payload)
    {
        try
        {
            return JsonNode.Parse(payload) is JsonArray array ? array.Select(BusChannels.Canonical).ToList() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "OdooSimulator bus: listening on {Channel}")]
    private partial void LogListening(string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "OdooSimulator bus: LISTEN connection failed; retrying in {Delay}")]
    private partial void LogListenFailed(Exception exception, TimeSpan delay);
}
