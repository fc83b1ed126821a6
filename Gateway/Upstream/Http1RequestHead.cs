using System.Text;

namespace OdooAspire.Gateway.Upstream;

/// <summary>The request line and headers of an upgrade request, as HTTP/1.1 bytes.</summary>
internal static class Http1RequestHead
{
    public static byte[] Format(HttpRequestMessage request)
    {
        var target = request.RequestUri!;
        var head = new StringBuilder(512);
        head.Append(request.Method.Method).Append(' ').Append(target.PathAndQuery).Append(" HTTP/1.1\r\n");
        AppendHeader(head, "Host", request.Headers.Host ?? target.Authority);
        foreach (var (name, values) in request.Headers.NonValidated)
        {
            if (!string.Equals(name, "Host", StringComparison.OrdinalIgnoreCase))
            {
                // Cookies are one header joined by "; " (RFC 6265); other lists are joined by ", " (RFC 9110).
                var separator = string.Equals(name, "Cookie", StringComparison.OrdinalIgnoreCase) ? "; " : ", ";
                AppendHeader(head, name, string.Join(separator, values));
            }
        }

        head.Append("\r\n");
        return Encoding.UTF8.GetBytes(head.ToString());
    }

    private static void AppendHeader(StringBuilder head, string name, string value)
    {
        // A line break in a header would let a client smuggle a second request to Odoo.
        if (name.AsSpan().IndexOfAny('\r', '\n') >= 0 || value.AsSpan().IndexOfAny('\r', '\n') >= 0 || name.Contains(':', StringComparison.Ordinal))
        {
            throw new HttpRequestException(HttpRequestError.InvalidResponse, $"The request header '{name}' holds a line break or colon and cannot be forwarded.");
        }

        head.Append(name).Append(": ").Append(value).Append("\r\n");
    }
}
