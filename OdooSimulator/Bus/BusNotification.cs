using System.Text.Json.Nodes;

namespace OdooAspire.OdooSimulator.Bus;

/// <summary>One bus message for one channel: becomes a bus_bus row and a <c>{id, message:{type, payload}}</c> item.</summary>
internal sealed record BusNotification(string Channel, string Type, JsonNode Payload)
{
    public string MessageJson => new JsonObject { ["type"] = Type, ["payload"] = Payload.DeepClone() }.ToJsonString();
}
