namespace OdooAspire.Gateway.Upstream;

/// <summary>
/// The upgraded connection to Odoo: the bytes that arrived with the 101 head first, then the connection. Zero-byte
/// reads reach the socket, so YARP's copy loop waits for data without holding a buffer.
/// </summary>
internal sealed class UpgradedConnectionStream(Stream transport, byte[]? early) : Stream
{
    private byte[]? _early = early;
    private int _earlyOffset;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        _early is null ? transport.ReadAsync(buffer, cancellationToken) : ValueTask.FromResult(ReadEarly(buffer.Span));

    public override int Read(Span<byte> buffer) => _early is null ? transport.Read(buffer) : ReadEarly(buffer);

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        transport.WriteAsync(buffer, cancellationToken);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        transport.WriteAsync(buffer, offset, count, cancellationToken);

    public override void Write(byte[] buffer, int offset, int count) => transport.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => transport.Write(buffer);

    public override void Flush() => transport.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => transport.FlushAsync(cancellationToken);

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            transport.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await transport.DisposeAsync();
        await base.DisposeAsync();
    }

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
