namespace OdooAspire.Gateway.WebSockets;

/// <summary>
/// The client's upgraded connection as YARP sees it: reads are client→Odoo bytes, writes are Odoo→client
/// bytes. Each buffer goes through the leg's frame parser on its way; a framing violation sends the client
/// a close frame (when the frame boundary allows) and ends the session.
/// </summary>
internal sealed class MeteredUpgradeStream(Stream inner, WebSocketSession session) : UpgradedStreamBase(inner)
{
    private static readonly TimeSpan CloseWriteTimeout = TimeSpan.FromSeconds(1);
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    // YARP's copy loop parks on a zero-byte read while the socket is idle: pass it straight through so an
    // idle session holds no state machine of ours.
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        buffer.IsEmpty ? Inner.ReadAsync(buffer, cancellationToken) : ReadAndObserveAsync(buffer, cancellationToken);

    private async ValueTask<int> ReadAndObserveAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var read = await Inner.ReadAsync(buffer, cancellationToken);
        if (read == 0)
        {
            return read;
        }

        var result = session.ClientToOdoo.Observe(buffer.Span[..read]);
        session.NoteClose(session.ClientToOdoo);
        if (result.IsViolation)
        {
            session.RecordViolation(WebSocketDirection.ClientToOdoo, result.Violation);
            // The bytes read so far were never forwarded, so the client leg is at a frame boundary.
            await WriteCloseAsync(ReadOnlyMemory<byte>.Empty, WebSocketCloseFrame.ProtocolError, result.Violation);
            throw new WebSocketFrameViolationException($"The client sent an invalid websocket frame: {result.Violation}.");
        }

        return read;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var result = session.OdooToClient.Observe(buffer.Span);
        session.NoteClose(session.OdooToClient);
        if (result.IsViolation)
        {
            return FailWriteAsync(buffer, result);
        }

        // Fast path: nobody else writes (the lock only matters when the gateway itself sends a close frame).
        if (_writeLock.Wait(0, CancellationToken.None))
        {
            ValueTask write;
            try
            {
                write = Inner.WriteAsync(buffer, cancellationToken);
            }
            catch
            {
                _writeLock.Release();
                throw;
            }

            if (write.IsCompletedSuccessfully)
            {
                write.GetAwaiter().GetResult();
                _writeLock.Release();
                return ValueTask.CompletedTask;
            }

            return AwaitWriteAsync(write);
        }

        return LockedWriteAsync(buffer, cancellationToken);
    }

    private async ValueTask AwaitWriteAsync(ValueTask write)
    {
        try
        {
            await write;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async ValueTask FailWriteAsync(ReadOnlyMemory<byte> buffer, FrameParseResult result)
    {
        session.RecordViolation(WebSocketDirection.OdooToClient, result.Violation);
        if (result.ViolationFrameStart >= 0)
        {
            await WriteCloseAsync(buffer[..result.ViolationFrameStart], WebSocketCloseFrame.BadGateway, result.Violation);
        }

        throw new WebSocketFrameViolationException($"Odoo sent an invalid websocket frame: {result.Violation}.");
    }

    private async ValueTask LockedWriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await Inner.WriteAsync(buffer, cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _writeLock.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _writeLock.Dispose();
    }

    private async Task WriteCloseAsync(ReadOnlyMemory<byte> prefix, int code, FrameViolation violation)
    {
        using var timeout = new CancellationTokenSource(CloseWriteTimeout);
        try
        {
            await _writeLock.WaitAsync(timeout.Token);
            try
            {
                if (!prefix.IsEmpty)
                {
                    await Inner.WriteAsync(prefix, timeout.Token);
                }

                await Inner.WriteAsync(WebSocketCloseFrame.Create(code, violation.ToString()), timeout.Token);
                await Inner.FlushAsync(timeout.Token);
            }
            finally
            {
                _writeLock.Release();
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The client is gone or not reading: the session ends without a close frame.
        }
    }
}
