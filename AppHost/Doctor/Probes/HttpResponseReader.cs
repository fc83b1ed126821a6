using System.Globalization;
using System.Text;

namespace OdooAspire.AppHost.Doctor.Probes;

/// <summary>Reads an HTTP/1.x response off a raw stream: the head exactly (nothing after it), then a bounded body.</summary>
internal static class HttpResponseReader
{
    /// <summary>Reads up to the blank line, byte by byte, so no websocket frame sent right after a 101 is consumed.</summary>
    public static async Task<string> ReadHeadAsync(Stream stream, int maxHeadBytes, CancellationToken cancellationToken)
    {
        var head = new List<byte>(512);
        var one = new byte[1];
        while (head.Count < maxHeadBytes)
        {
            if (await stream.ReadAsync(one, cancellationToken) == 0)
            {
                if (head.Count == 0)
                {
                    throw new IOException("the server closed the connection without answering");
                }

                throw new FormatException("the connection closed in the middle of the response headers");
            }

            head.Add(one[0]);
            var n = head.Count;
            if (n >= 4 && head[n - 4] == '\r' && head[n - 3] == '\n' && head[n - 2] == '\r' && head[n - 1] == '\n')
            {
                return Encoding.Latin1.GetString(head.ToArray());
            }
        }

        throw new FormatException($"response headers longer than {maxHeadBytes} bytes");
    }

    public static (int Status, string Reason, IReadOnlyDictionary<string, string> Headers) ParseHead(string head)
    {
        var lines = head.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var statusLine = lines[0].Split(' ', 3);
        if (statusLine.Length < 2 || !statusLine[0].StartsWith("HTTP/", StringComparison.Ordinal)
            || !int.TryParse(statusLine[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            throw new FormatException($"status line '{lines[0]}'");
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                var name = line[..colon].Trim();
                var value = line[(colon + 1)..].Trim();
                headers[name] = headers.TryGetValue(name, out var previous) ? previous + ", " + value : value;
            }
        }

        return (status, statusLine.Length > 2 ? statusLine[2] : string.Empty, headers);
    }

    /// <summary>The start of the body: Content-Length bytes, chunks, or up to the end of the connection.</summary>
    public static async Task<string> ReadBodyAsync(
        Stream stream, IReadOnlyDictionary<string, string> headers, int maxBodyBytes, CancellationToken bounded, CancellationToken cancellationToken)
    {
        var limit = maxBodyBytes;
        if (headers.TryGetValue("Content-Length", out var lengthText) && int.TryParse(lengthText, CultureInfo.InvariantCulture, out var length))
        {
            limit = Math.Min(length, maxBodyBytes);
        }

        var chunked = headers.TryGetValue("Transfer-Encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase);
        var buffer = new byte[maxBodyBytes];
        var total = 0;
        try
        {
            int read;
            while (total < limit && (read = await stream.ReadAsync(buffer.AsMemory(total, limit - total), bounded)) > 0)
            {
                total += read;
                if (chunked && Encoding.Latin1.GetString(buffer, 0, total).EndsWith("0\r\n\r\n", StringComparison.Ordinal))
                {
                    break;
                }
            }
        }
        catch (IOException)
        {
            // A server that resets the connection after its error page: keep what arrived.
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // A body that never ends (no length, connection kept open): the status line is what matters.
        }

        var text = Encoding.UTF8.GetString(buffer, 0, total);
        return chunked ? Dechunk(text) : text;
    }

    internal static string Dechunk(string text)
    {
        var result = new StringBuilder();
        var position = 0;
        while (position < text.Length)
        {
            var lineEnd = text.IndexOf("\r\n", position, StringComparison.Ordinal);
            if (lineEnd < 0 || !int.TryParse(text.AsSpan(position, lineEnd - position).Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size) || size == 0)
            {
                break;
            }

            var start = lineEnd + 2;
            result.Append(text, start, Math.Min(size, text.Length - start));
            position = start + size + 2;
        }

        return result.ToString();
    }
}
