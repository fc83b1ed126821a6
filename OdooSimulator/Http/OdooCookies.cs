using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using OdooAspire.OdooSimulator.Persistence;

namespace OdooAspire.OdooSimulator.Http;

/// <summary>The two cookies Odoo's LiveChat relies on: <c>session_id</c> and the guest's <c>dgid</c>.</summary>
internal static class OdooCookies
{
    public const string Session = "session_id";
    public const string Guest = "dgid";

    private static readonly TimeSpan SessionLifetime = TimeSpan.FromDays(7);
    private static readonly TimeSpan GuestLifetime = TimeSpan.FromDays(365);

    /// <summary>Odoo: <c>session_id</c> with Max-Age 7 days, HttpOnly.</summary>

    public static void SetSession(HttpResponse response, SessionRecord session)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(session);
        Append(response, new SetCookieHeaderValue(Session, session.Sid) { MaxAge = SessionLifetime });
    }

    /// <summary>Odoo: <c>dgid=&lt;guest id&gt;|&lt;token&gt;</c>, expiring in a year, HttpOnly.</summary>
    public static void SetGuest(HttpResponse response, GuestRecord guest)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(guest);
        Append(response, new SetCookieHeaderValue(Guest, guest.CookieValue) { Expires = DateTimeOffset.UtcNow + GuestLifetime });
    }

    // Written by hand because Response.Cookies would percent-encode the '|' of dgid, which Odoo sends as is.
    private static void Append(HttpResponse response, SetCookieHeaderValue cookie)
    {
        cookie.HttpOnly = true;
        cookie.Path = "/";
        response.Headers.Append(HeaderNames.SetCookie, cookie.ToString());
    }
}
