using System.Text.Json.Nodes;
using OdooAspire.OdooSimulator.Bus;
using OdooAspire.OdooSimulator.Configuration;
using OdooAspire.OdooSimulator.Http;
using OdooAspire.OdooSimulator.Persistence;

namespace OdooAspire.OdooSimulator.LiveChat;

/// <summary><c>/web/session/authenticate</c> and <c>/web/webclient/version_info</c>.</summary>
internal sealed class SessionRoutes(SimulatorOptions options) : IJsonRpcRoutes
{
    public IEnumerable<JsonRpcRoute> Routes =>
    [
        new("/web/session/authenticate", false, AuthenticateAsync),
        new("/web/webclient/version_info", false, _ => Task.FromResult<JsonNode?>(VersionInfo())),
    ];

    private static JsonObject VersionInfo() => new()
    {
        ["server_version"] = "18.0",
        ["server_version_info"] = ServerVersionInfo(),
        ["server_serie"] = "18.0",
        ["protocol_version"] = 1,
    };

    private static JsonArray ServerVersionInfo() => new(18, 0, 0, "final", 0, string.Empty);

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
        return new JsonObject
        {
            ["uid"] = user.Id,
            ["is_system"] = true,
            ["is_admin"] = true,
            ["is_public"] = false,
            ["is_internal_user"] = true,
            ["user_context"] = new JsonObject { ["lang"] = "en_US", ["tz"] = false, ["uid"] = user.Id },
            ["db"] = options.DbName,
            ["server_version"] = "18.0",
            ["server_version_info"] = ServerVersionInfo(),
            ["name"] = partner.Name,
            ["username"] = user.Login,
            ["partner_write_date"] = OdooTime.Format(partner.WriteDate),
            ["partner_display_name"] = partner.Name,
            ["partner_id"] = partner.Id,
            ["web.base.url"] = $"{request.Scheme}://{request.Host}",
            ["websocket_worker_version"] = BusWebSocketEndpoint.BusVersion,
            ["storeData"] = new JsonObject
            {
                ["Store"] = WithSelf(StoreHeader.Create(hasAccessLivechat: true), Persona.Partner(partner.Id)),
                ["res.partner"] = new JsonArray(PersonaShapes.PartnerAsAuthor(partner)),
            },
        };
    }

    private static JsonObject WithSelf(JsonObject store, Persona self)
    {
        store["self"] = PersonaShapes.Reference(self);
        return store;
    }
}
