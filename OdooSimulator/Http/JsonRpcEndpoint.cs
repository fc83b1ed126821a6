using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Npgsql;
using OdooAspire.OdooSimulator.Persistence;

namespace OdooAspire.OdooSimulator.Http;

/// <summary>
/// Serves every JSON-RPC route: parses the request, resolves the session, runs the handler in one transaction
/// (bus notifications are sent on commit) and answers with Odoo's result or error shape.
/// </summary>
internal sealed partial class JsonRpcEndpoint
{
    public const string CallKwPath = "/web/dataset/call_kw";

    private readonly Dictionary<string, JsonRpcRoute> _routes;
    private readonly OdooDatabase _database;
    private readonly ILogger<JsonRpcEndpoint> _logger;

    public JsonRpcEndpoint(IEnumerable<IJsonRpcRoutes> groups, OdooDatabase database, ILogger<JsonRpcEndpoint> logger)
    {
        _routes = groups.SelectMany(g => g.Routes).ToDictionary(r => r.Path, StringComparer.Ordinal);
        _database = database;
        _logger = logger;
    }

    public JsonRpcRoute? Match(PathString path)
    {
        var value = path.Value ?? string.Empty;
        if (value.StartsWith(CallKwPath + "/", StringComparison.Ordinal))
        {
            value = CallKwPath;
        }

        return _routes.GetValueOrDefault(value);
    }

    public async Task HandleAsync(HttpContext context, JsonRpcRoute route)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(route);
        if (!HttpMethods.IsPost(context.Request.Method) || context.Request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
        {
            await ErrorPages.WriteAsync(context, 400, $"Request inferred type is compatible with ['http'] but '{context.Request.Path}' is type='json'.");
            return;
        }

        var request = await ParseAsync(context);
        if (request is null)
        {
            return;
        }

        var id = request["id"];
        try
        {
            var parameters = request["params"] switch
            {
                null => [],
                JsonObject o => o,
                _ => throw new OdooRpcException("builtins.TypeError", "'params' must be an object of named arguments"),
            };
            var response = await _database.InTransactionAsync(
                async scope =>
                {
                    var identity = await RequestIdentityResolver.ResolveAsync(scope, context.Request, context.RequestAborted);
                    var call = new JsonRpcContext(context, scope, parameters, identity, route.Path);
                    if (route.RequiresUser && identity.User is null)
                    {
                        throw OdooRpcException.SessionExpired();
                    }

                    var result = await route.Handler(call);
                    SetCookies(context, call.Identity);
                    return JsonRpcResponses.Result(id, result);
                },
                context.RequestAborted);
            await JsonRpcResponses.WriteAsync(context, response);
        }
        catch (OdooRpcException ex)
        {
            LogRpcError(context.Request.Path, ex.Name, ex.Message);

            // Odoo checks the session before it reads the JSON-RPC body, so that error carries no id.
            await JsonRpcResponses.WriteAsync(context, JsonRpcResponses.Error(ex.Code == 100 ? null : id, ex));
        }
        catch (NpgsqlException ex)
        {
            LogDatabaseError(ex, context.Request.Path);
            await JsonRpcResponses.WriteAsync(context, JsonRpcResponses.Error(id, new OdooRpcException("psycopg2.OperationalError", ex.Message)));
        }
    }

    // Like Odoo, a body that is not JSON, or not a JSON object, is a plain 400 and not a JSON-RPC error.
    private static async Task<JsonObject?> ParseAsync(HttpContext context)
    {
        string error;
        try
        {
            if (await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) is JsonObject request)
            {
                return request;
            }

            error = "Invalid JSON-RPC data";
        }
        catch (JsonException)
        {
            error = "Invalid JSON data";
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(error, context.RequestAborted);
        return null;
    }

    private static void SetCookies(HttpContext context, RequestIdentity identity)
    {
        // Odoo sends session_id back on these responses, and dgid whenever a guest is involved.
        OdooCookies.SetSession(context.Response, identity.Session);
        if (identity.Guest is not null)
        {
            OdooCookies.SetGuest(context.Response, identity.Guest);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "OdooSimulator JSON-RPC {Path}: {Name}: {Message}")]
    private partial void LogRpcError(PathString path, string name, string message);

    [LoggerMessage(Level = LogLevel.Error, Message = "OdooSimulator JSON-RPC {Path}: database error")]
    private partial void LogDatabaseError(Exception exception, PathString path);
}
