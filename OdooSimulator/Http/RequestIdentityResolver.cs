using Microsoft.AspNetCore.Http;
using OdooAspire.OdooSimulator.Persistence;

namespace OdooAspire.OdooSimulator.Http;

/// <summary>Reads the cookies of a request; a request without a known session gets a new public one, as in Odoo.</summary>
internal static class RequestIdentityResolver
{
    public static async Task<RequestIdentity> ResolveAsync(DbScope scope, HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var sid = request.Cookies[OdooCookies.Session];
        var session = string.IsNullOrEmpty(sid) ? null : await SessionStore.FindAsync(scope, sid, cancellationToken);
        var isNew = session is null;
        session ??= await SessionStore.CreateAsync(scope, null, cancellationToken);
        var user = session.Uid is { } uid ? await UserStore.GetAsync(scope, uid, cancellationToken) : null;
        var guest = await GuestStore.FindByCookieAsync(scope, request.Cookies[OdooCookies.Guest], cancellationToken);
        return new RequestIdentity(session, isNew, user, guest);
    }
}
