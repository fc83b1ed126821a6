using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace OdooAspire.OdooSimulator.Http;

/// <summary>JSON-RPC 2.0 answers as Odoo writes them: HTTP 200, <c>result</c> omitted when it is None.</summary>
internal static class JsonRpcResponses
{
    public static JsonObject Result(JsonNode? id, JsonNode? result)
    {
        var response = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id?.DeepClone() };
        if (result is not null)
        {
            response["result"] = result;
        }

        return response;
    }

    public static JsonObject Error(JsonNode? id, OdooRpcException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = exception.Code switch
        {
            100 => "Odoo Session Expired",
            404 => "404: Not Found",
            _ => "Odoo Server Error",
        };
        return new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["id"] = id?.DeepClone(),
            ["error"] = new JsonObject
            {
                ["code"] = exception.Code,
                ["message"] = message,
                ["data"] = new JsonObject
                {
                    ["name"] = exception.Name,
                    ["debug"] = $"OdooSimulator (no Python traceback)\n{exception.Name}: {exception.Message}\n",
                    ["message"] = exception.Message,
                    // werkzeug's HTTP exceptions carry no arguments; Odoo's and Python's carry the message.
                    ["arguments"] = exception.Name.StartsWith("werkzeug.", StringComparison.Ordinal) ? new JsonArray() : new JsonArray(exception.Message),
                    ["context"] = new JsonObject(),
                },
            },
        };
    }

    public static Task WriteAsync(HttpContext context, JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(body);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }
}
