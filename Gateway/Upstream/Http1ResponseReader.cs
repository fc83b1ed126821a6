using System.Buffers;
using System.Globalization;
using System.Text;

namespace OdooAspire.Gateway.Upstream;

/// <summary>
/// Reads Odoo's answer to an upgrade request: the head (bounded), then either what came after a 101 or the
/// whole body of a refusal (Content-Length, chunked or up to the end of the connection, bounded too).
/// </summary>
internal sealed class Http1ResponseReader(Stream transport) : IDisposable
{
    public const int MaxHeadBytes = 64 * 1024;
    public const int MaxBodyBytes = 1024 * 1024;
    private const int InitialBufferBytes = 4096;

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(InitialBufferBytes);
    private int _start;
    private int _end;
    private int _lineBytes;

    /// <summary>The head of the final answer, skipping interim 1xx answers other than 101.</summary>
    public async Task<Http1ResponseHead> ReadFinalHeadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var head = await ReadHeadAsync(cancellationToken);
            if (head.StatusCode is not (>= 100 and < 200) || head.StatusCode == 101)
            {
                return head;
            }
        }
    }

    public async Task<byte[]> ReadBodyAsync(Http1ResponseHead head, CancellationToken cancellationToken)
    {
        if (head.HasNoBody || head.ContentLength == 0)
        {
            return [];
        }

        var body = new ArrayBufferWriter<byte>();
        _lineBytes = 0;
        if (head.IsChunked)
        {
            while (true)
            {
                var size = ParseChunkSize(await ReadLineAsync(MaxHeadBytes, cancellationToken));
                if (size == 0)
                {
                    // Trailers, up to the empty line.
                    while ((await ReadLineAsync(MaxHeadBytes, cancellationToken)).Length > 0)
                    {
                    }

                    return body.WrittenSpan.ToArray();
                }

                await CopyAsync(body, size, untilEnd: false, cancellationToken);
                if ((await ReadLineAsync(MaxHeadBytes, cancellationToken)).Length > 0)
                {
                    throw Invalid("a chunk of the response body is not followed by CRLF");
                }
            }
        }

        await CopyAsync(body, head.ContentLength ?? MaxBodyBytes + 1L, untilEnd: head.ContentLength is null, cancellationToken);
        return body.WrittenSpan.ToArray();
    }

    /// <summary>Bytes that arrived after the head (the first websocket frames), or null; the reader keeps none.</summary>
    public byte[]? DetachBuffered()
    {
        var early = _end > _start ? _buffer.AsSpan(_start, _end - _start).ToArray() : null;
        _start = _end = 0;
        return early;
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async Task<Http1ResponseHead> ReadHeadAsync(CancellationToken cancellationToken)
    {
        _lineBytes = 0;
        var statusLine = await ReadLineAsync(MaxHeadBytes, cancellationToken);
        // "HTTP/1.1 101 Switching Protocols"
        if (!statusLine.StartsWith("HTTP/1.", StringComparison.Ordinal) || statusLine.Length < 12 || statusLine[8] != ' '
            || !int.TryParse(statusLine.AsSpan(9, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var status) || status < 100
            || (statusLine.Length > 12 && statusLine[12] != ' '))
        {
            throw Invalid($"the status line '{Truncate(statusLine)}' is not HTTP/1.x");
        }

        var headers = new List<KeyValuePair<string, string>>();
        long? contentLength = null;
        var chunked = false;
        while (await ReadLineAsync(MaxHeadBytes, cancellationToken) is { Length: > 0 } line)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || line[..colon].AsSpan().ContainsAny(' ', '\t'))
            {
                throw Invalid($"the header line '{Truncate(line)}' is malformed");
            }

            var name = line[..colon];
            var value = line[(colon + 1)..].Trim(' ', '\t');
            headers.Add(new(name, value));
            if (string.Equals(name, "Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                contentLength = long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var length) && length <= MaxBodyBytes
                    ? length
                    : throw Invalid($"the Content-Length '{Truncate(value)}' is invalid or over {MaxBodyBytes} bytes");
            }
            else if (string.Equals(name, "Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                chunked = value.EndsWith("chunked", StringComparison.OrdinalIgnoreCase);
            }
        }

        return new Http1ResponseHead(status, statusLine.Length > 13 ? statusLine[13..] : string.Empty, headers)
        {
            ContentLength = chunked ? null : contentLength,
            IsChunked = chunked,
        };
    }

    private async Task<string> ReadLineAsync(int limit, CancellationToken cancellationToken)
    {
        while (true)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (newline >= 0)
            {
                var length = newline - _start;
                _lineBytes += length + 1;
                if (_lineBytes > limit)
                {
                    throw Invalid($"its head is over {limit} bytes");
                }

                var line = Encoding.Latin1.GetString(_buffer, _start, length > 0 && _buffer[newline - 1] == '\r' ? length - 1 : length);
                _start = newline + 1;
                return line;
            }

            if (_end - _start + _lineBytes > limit)
            {
                throw Invalid($"its head is over {limit} bytes");
            }

            if (await FillAsync(cancellationToken) == 0)
            {
                throw new HttpRequestException(HttpRequestError.ResponseEnded, "Odoo closed the connection before it answered the upgrade request.");
            }
        }
    }

    private async Task CopyAsync(ArrayBufferWriter<byte> body, long count, bool untilEnd, CancellationToken cancellationToken)
    {
        while (count > 0)
        {
            if (_end == _start && await FillAsync(cancellationToken) == 0)
            {
                if (untilEnd)
                {
                    return;
                }

                throw new HttpRequestException(HttpRequestError.ResponseEnded, "Odoo closed the connection in the middle of its answer to the upgrade request.");
            }

            var take = (int)Math.Min(count, _end - _start);
            if (body.WrittenCount + take > MaxBodyBytes)
            {
                throw Invalid($"its body is over {MaxBodyBytes} bytes");
            }

            body.Write(_buffer.AsSpan(_start, take));
            _start += take;
            count -= take;
        }
    }

    private async ValueTask<int> FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            Buffer.BlockCopy(_buffer, 0, larger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        var read = await transport.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
        _end += read;
        return read;
    }

    private static long ParseChunkSize(string line)
    {
        var size = line.AsSpan();
        var extension = size.IndexOf(';');
        if (extension >= 0)
        {
            size = size[..extension];
        }

        return long.TryParse(size.Trim(' '), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= MaxBodyBytes
            ? value
            : throw Invalid($"the chunk size '{Truncate(line)}' is invalid or over {MaxBodyBytes} bytes");
    }

    private static HttpRequestException Invalid(string what) =>
        new(HttpRequestError.InvalidResponse, $"Odoo's answer to the upgrade request is not valid HTTP/1.1: {what}.");

    private static string Truncate(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
