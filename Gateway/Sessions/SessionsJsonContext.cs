using System.Text.Json.Serialization;

namespace OdooAspire.Gateway.Sessions;

/// <summary>The <c>/sessions.json</c> serializer (source-generated; the shape is documented on <see cref="WebSocketSessionsSnapshot"/>).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(WebSocketSessionsSnapshot))]
internal sealed partial class SessionsJsonContext : JsonSerializerContext;
