using System.Text.Json;

namespace OdooAspire.Gateway.Errors;

/// <summary>
/// A JSON-RPC 2.0 error in the shape Odoo's web client reads (<c>error.code</c>, <c>error.message</c>,
/// <c>error.data.name</c>, <c>error.data.message</c>), so RPC callers show a message instead of failing to parse HTML.
/// </summary>
internal static class JsonRpcErrorBody
{
    public const string ErrorName = "odooaspire.gateway.UpstreamUnavailable";

    public static byte[] Render(int statusCode, string title, string message)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("jsonrpc", "2.0");
            writer.WriteNull("id");
            writer.WriteStartObject("error");
            writer.WriteNumber("code", statusCode);
            writer.WriteString("message", title);
            writer.WriteStartObject("data");
            writer.WriteString("name", ErrorName);
            writer.WriteString("message", message);
            writer.WriteNumber("http_status", statusCode);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
