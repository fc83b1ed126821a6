using System.Text.Json.Nodes;
using OdooAspire.AppHost.Doctor.Probes;

namespace OdooAspire.AppHost.Doctor.Checks;

/// <summary>The <c>result</c> of a JSON-RPC answer, or why there is none (HTTP error, Odoo error, not JSON).</summary>
internal sealed record JsonRpcAnswer(JsonObject? Result, string? Problem)
{
    public static JsonRpcAnswer From(HttpObservation observation)
    {
        if (!observation.Answered)
        {
            return new(null, observation.Describe());
        }

        JsonNode? document;
        try
        {
            document = JsonNode.Parse(observation.Body);
        }
        catch (System.Text.Json.JsonException)
        {
            return new(null, $"{observation.Describe()}, not JSON ({ResponseText.Excerpt(observation.Body, 80)})");
        }

        if (document is JsonObject { } envelope && envelope["error"] is JsonObject error)
        {
            var message = error["data"]?["message"]?.GetValue<string>() ?? error["message"]?.GetValue<string>() ?? "error";
            return new(null, message);
        }

        return document is JsonObject { } answer && answer["result"] is JsonObject result
            ? new(result, null)
            : new(null, $"{observation.Describe()}, no JSON-RPC result");
    }
}
