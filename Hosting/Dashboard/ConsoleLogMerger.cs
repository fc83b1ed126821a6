using System.Runtime.CompilerServices;
using System.Threading.Channels;
using OdooAspire.Dashboard.Resources;

namespace OdooAspire.Hosting.Dashboard;

/// <summary>Interleaves several live console streams into one, in arrival order.</summary>
internal static class ConsoleLogMerger
{
    public static async IAsyncEnumerable<ConsoleLogLine> MergeAsync(
        IReadOnlyList<IAsyncEnumerable<ConsoleLogLine>> sources, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateUnbounded<ConsoleLogLine>(new UnboundedChannelOptions { SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pumps = sources.Select(source => PumpAsync(source, channel.Writer, stop.Token)).ToArray();
        try
        {
            await foreach (var line in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return line;
            }
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(pumps).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private static async Task PumpAsync(IAsyncEnumerable<ConsoleLogLine> source, ChannelWriter<ConsoleLogLine> writer, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var line in source.WithCancellation(cancellationToken))
            {
                await writer.WriteAsync(line, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The reader went away.
        }
    }
}
