using System.Text.Json.Nodes;
using OdooAspire.OdooSimulator.Bus;
using OdooAspire.OdooSimulator.Http;
using OdooAspire.OdooSimulator.Persistence;

namespace OdooAspire.OdooSimulator.LiveChat;

/// <summary>
/// <c>/web/dataset/call_kw</c> for the model methods an operator needs: <c>im_livechat.channel</c>
/// <c>action_join</c>, <c>action_quit</c> and <c>search_read</c>. Anything else is refused clearly.
/// </summary>
internal sealed class CallKwRoutes(BusChannels channels) : IJsonRpcRoutes
{
    private const string LiveChatModel = "im_livechat.channel";

    public IEnumerable<JsonRpcRoute> Routes => [new(JsonRpcEndpoint.CallKwPath, true, CallKwAsync)];

    private async Task<JsonNode?> CallKwAsync(JsonRpcContext call)
    {
        var model = call.Required<string>("model");
        var method = call.Required<string>("method");
        var args = call.Params["args"] as JsonArray ?? [];
        if (model != LiveChatModel)
        {
            throw new OdooRpcException("builtins.KeyError", $"'{model}' (OdooSimulator implements only {LiveChatModel})");
        }

        return method switch
        {
            "action_join" => await SetMembershipAsync(call, args, join: true),
            "action_quit" => await SetMembershipAsync(call, args, join: false),
            "search_read" => await SearchReadAsync(call),
            _ => throw new OdooRpcException("builtins.AttributeError", $"The method '{method}' does not exist on the model '{model}' in OdooSimulator"),
        };
    }

    private async Task<JsonNode?> SetMembershipAsync(JsonRpcContext call, JsonArray args, bool join)
    {
        var ids = args.Count > 0 && args[0] is JsonArray list ? list.Select(n => n!.GetValue<int>()).ToList() : [];
        if (ids.Count != 1)
        {
            throw new OdooRpcException("builtins.ValueError", $"Expected singleton: {LiveChatModel}({string.Join(", ", ids)})");
        }

        var user = call.User!;
        var name = await LiveChatChannelStore.GetNameAsync(call.Scope, ids[0], call.Aborted)
            ?? throw new OdooRpcException("odoo.exceptions.MissingError", $"Record does not exist or has been deleted.\n(Record: {LiveChatModel}({ids[0]},), User: {user.Id})");
        if (join)
        {
            await LiveChatChannelStore.AddOperatorAsync(call.Scope, ids[0], user.Id, call.Aborted);
        }
        else
        {
            await LiveChatChannelStore.RemoveOperatorAsync(call.Scope, ids[0], user.Id, call.Aborted);
        }

        await BusWriter.SendAsync(
            call.Scope,
            [
                new(channels.Partner(user.PartnerId), "mail.record/insert", new JsonObject
                {
                    [LiveChatModel] = new JsonArray(new JsonObject { ["are_you_inside"] = join, ["id"] = ids[0], ["name"] = name }),
                }),
            ],
            call.Aborted);

        // action_join / action_quit return None in Odoo 18, so the answer has no "result".
        return null;
    }

    private static async Task<JsonNode?> SearchReadAsync(JsonRpcContext call)
    {
        var user = call.User!;
        var kwargs = call.Params["kwargs"] as JsonObject ?? [];
        var fields = (kwargs["fields"] as JsonArray)?.Select(f => f!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        var limit = kwargs["limit"] is JsonValue l && l.TryGetValue<int>(out var n) && n > 0 ? n : int.MaxValue;
        var rows = new JsonArray();
        foreach (var (id, name) in (await LiveChatChannelStore.ListAsync(call.Scope, call.Aborted)).Take(limit))
        {
            var operators = await LiveChatChannelStore.OperatorIdsAsync(call.Scope, id, call.Aborted);
            rows.Add(new JsonObject
            {
                ["id"] = id,
                ["name"] = name,
                ["user_ids"] = new JsonArray(operators.Select(o => (JsonNode)o).ToArray()),
                ["are_you_inside"] = operators.Contains(user.Id),
            });
            if (fields is { Count: > 0 } && rows[^1] is JsonObject row)
            {
                foreach (var key in row.Select(p => p.Key).Where(k => k != "id" && !fields.Contains(k)).ToList())
                {
                    row.Remove(key);
                }
            }
        }

        return rows;
    }
}
