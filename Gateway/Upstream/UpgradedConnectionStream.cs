using OdooAspire.Gateway.WebSockets;

namespace OdooAspire.Gateway.Upstream;

/// <summary>
/// The upgraded connection to Odoo: the bytes that arrived with the 101 head first, then the connection. Zero-byte
/// reads reach the socket, so YARP's copy loop waits for data without holding a buffer.
/// </summary>
internal sealed class UpgradedConnectionStream(Stream transport, byte[]? early) : UpgradedStreamBase(transport)
{
    private byte[]? _early = early;
    private int _earlyOffset;

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        _early is null ? Inner.ReadAsync(buffer, cancellationToken) : ValueTask.FromResult(ReadEarly(buffer.Span));

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        Inner.WriteAsync(buffer, cancellationToken);

    // A zero-byte read returns at once: data is already there.
    private int ReadEarly(Span<byte> destination)
    {
        var early = _early!;
        var count = Math.Min(destination.Length, early.Length - _earlyOffset);
        early.AsSpan(_earlyOffset, count).CopyTo(destination);
        _earlyOffset += count;
        if (_earlyOffset == early.Length)
        {
            _early = null;
        }

        return count;
    }
}
