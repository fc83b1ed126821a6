using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using OdooAspire.OdooSimulator.Persistence;

namespace OdooAspire.OdooSimulator.Http;

/// <summary>One JSON-RPC call: its params, its identity, and the transaction it runs in.</summary>
internal sealed class JsonRpcContext(HttpContext http, DbScope scope, JsonObject parameters, RequestIdentity identity, string route)
{
    public HttpContext Http { get; } = http;

    public DbScope Scope { get; } = scope;

    public JsonObject Params { get; } = parameters;

    public RequestIdentity Identity { get; private set; } = identity;

    public CancellationToken Aborted => Http.RequestAborted;

    public UserRecord? User => Identity.User;

    public GuestRecord? Guest => Identity.Guest;

    /// <summary>The partner of the user or the guest of the visitor speaking in discuss channels.</summary>
    public Persona? Persona => User is not null ? Persona.Partner(User.PartnerId) : Guest is not null ? Persona.Guest(Guest.Id) : null;

    public void ReplaceSession(SessionRecord session, UserRecord? user) =>
        Identity = Identity with { Session = session, SessionIsNew = true, User = user };

    public void ReplaceGuest(GuestRecord guest) => Identity = Identity with { Guest = guest };

    public JsonNode Required(string name) =>
        Params[name] ?? throw OdooRpcException.MissingArgument(route.Split('/')[^1], name);

    public T Required<T>(string name)
    {
        try
        {
            return Required(name).GetValue<T>();
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException)
        {
            throw new OdooRpcException("builtins.ValueError", $"{name}: expected {typeof(T).Name.ToLowerInvariant()}, got {Params[name]!.ToJsonString()}");
        }
    }

    public T? Optional<T>(string name)
    {
        var node = Params[name];
        return node is null ? default : Required<T>(name);
    }
}
