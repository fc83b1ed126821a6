using System.Text.Json.Nodes;
using OdooAspire.OdooSimulator.Bus;
using OdooAspire.OdooSimulator.Configuration;
using OdooAspire.OdooSimulator.Http;
using OdooAspire.OdooSimulator.Persistence;
using OdooAspire.OdooSimulator.Versions;

namespace OdooAspire.OdooSimulator.LiveChat;

/// <summary><c>/web/session/authenticate</c> and <c>/web/webclient/version_info</c>.</summary>
internal sealed class SessionRoutes(SimulatorOptions options, OdooProfile profile) : IJsonRpcRoutes
{
    public IEnumerable<JsonRpcRoute> Routes =>
    [
        new("/web/session/authenticate", false, AuthenticateAsync),
        new("/web/webclient/version_info", false, _ => Task.FromResult<JsonNode?>(VersionInfo())),
    ];

    private JsonObject VersionInfo() => new()
    {
        ["server_version"] = profile.Series,
        ["server_version_info"] = profile.ServerVersionInfo(),
        ["server_serie"] = profile.Series,
        ["protocol_version"] = 1,
    };

    private async Task<JsonNode?> AuthenticateAsync(JsonRpcContext call)
    {
        var db = call.Required<string>("db");
        var login = call.Required<string>("login");
        var password = call.Required<string>("password");
        if (!string.Equals(db, options.DbName, StringComparison.Ordinal))
        {
            throw new OdooRpcException("odoo.exceptions.AccessError", "Database not found.");
        }

        var user = await UserStore.AuthenticateAsync(call.Scope, login, password, call.Aborted)
            ?? throw new OdooRpcException("odoo.exceptions.AccessDenied", "Access Denied");

        // Odoo rotates the session id at login.
        call.ReplaceSession(await SessionStore.CreateAsync(call.Scope, user.Id, call.Aborted), user);
        var partner = (await UserStore.GetPartnerAsync(call.Scope, user.PartnerId, call.Aborted))!;
        var request = call.Http.Request;
        var result = new JsonObject
        {
            ["uid"] = user.Id,
            ["is_system"] = true,
            ["is_admin"] = true,
            ["is_public"] = false,
            ["is_internal_user"] = true,
            ["user_context"] = new JsonObject { ["lang"] = "en_US", ["tz"] = false, ["uid"] = user.Id },
            ["db"] = options.DbName,
            ["server_version"] = profile.Series,
            ["server_version_info"] = profile.ServerVersionInfo(),
            ["name"] = partner.Name,
            ["username"] = user.Login,
            ["partner_write_date"] = OdooTime.Format(partner.WriteDate),
            ["partner_display_name"] = partner.Name,
            ["partner_id"] = partner.Id,
            ["web.base.url"] = $"{request.Scheme}://{request.Host}",
            ["websocket_worker_version"] = profile.BusVersion,
        };
        var bot = (await UserStore.GetPartnerAsync(call.Scope, PersonaShapes.OdooBotPartnerId, call.Aborted))!;
        if (profile.Dialect.SessionStoreData(partner, bot) is { } storeData)
        {
            result["storeData"] = storeData;
        }

        return result;
    }
}
