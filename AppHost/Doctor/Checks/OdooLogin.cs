using System.Text.Json.Nodes;
using OdooAspire.AppHost.Doctor.Probes;

namespace OdooAspire.AppHost.Doctor.Checks;

/// <summary>
/// <c>/web/session/authenticate</c>. At an administrator's login Odoo stores the scheme and host it sees in
/// <c>web.base.url</c> (unless <c>web.base.url.freeze</c> is set) and answers it in the session info.
/// </summary>
internal static class OdooLogin
{
    public static async Task<(OdooSession? Session, string? Problem)> AuthenticateAsync(
        OdooHttpProbe http, OdooCredentials credentials, IReadOnlyDictionary<string, string>? extraHeaders, CancellationToken cancellationToken)
    {
        var parameters = new JsonObject
        {
            ["db"] = credentials.Database,
            ["login"] = credentials.Login,
            ["password"] = credentials.Password,
        };
        var answer = JsonRpcAnswer.From(await http.PostJsonRpcAsync("/web/session/authenticate", parameters, extraHeaders, cancellationToken));
        if (answer.Result is not { } result)
        {
            return (null, answer.Problem);
        }

        if (result["uid"] is not JsonValue uidValue || !uidValue.TryGetValue<int>(out var uid))
        {
            return (null, "the answer has no uid (wrong credentials or a second factor is required)");
        }

        return (new OdooSession(
            uid,
            result["is_system"] is JsonValue system && system.TryGetValue<bool>(out var isSystem) && isSystem,
            Text(result["web.base.url"]),
            Text(result["websocket_worker_version"])), null);
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;
}
