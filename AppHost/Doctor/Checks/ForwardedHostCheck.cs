namespace OdooAspire.AppHost.Doctor.Checks;

/// <summary>
/// Does Odoo see the host and scheme the clients use? Evidence: an absolute redirect, and <c>web.base.url</c> after an
/// administrator's login. On a mismatch a second login carrying X-Forwarded-Host/-Proto tells a proxy that does not send
/// them (Odoo then follows them) from <c>proxy_mode</c> off (Odoo ignores them).
/// </summary>
internal sealed class ForwardedHostCheck : IDoctorCheck
{
    private const string SameSiteConsequence =
        "links Odoo builds (web.base.url, the livechat embed script) point there, and with ODOO_BUS_PUBLIC_SAMESITE_WS a browser's " +
        "Origin no longer matches the Host Odoo sees, so its websocket is downgraded to a public session";

    public string Name => "host and scheme";

    public async Task<CheckResult> RunAsync(DoctorContext context, CancellationToken cancellationToken)
    {
        var target = context.Settings.Target;
        var evidence = new List<SeenOrigin>();
        var redirect = await context.Http.GetAsync("/web", cancellationToken);
        if (redirect is { Answered: true, Status: >= 300 and < 400 } && SeenOrigin.TryCreate(redirect.Location, "the redirect of /web") is { } fromRedirect)
        {
            evidence.Add(fromRedirect);
        }

        if (context.Session is { IsSystem: true } session && SeenOrigin.TryCreate(session.WebBaseUrl, "web.base.url after the admin login") is { } fromLogin)
        {
            evidence.Add(fromLogin);
        }

        if (evidence.Count == 0)
        {
            return CheckResult.Skip(Name, context.Session is null
                ? "Odoo's redirects are relative; only an administrator's login shows the host and scheme it sees (pass --db, --login, --password)"
                : "no evidence: redirects are relative and the login was not an administrator's");
        }

        var wrong = evidence.FirstOrDefault(seen => !seen.SameHost(target) || !seen.SameScheme(target));
        if (wrong is null)
        {
            return CheckResult.Pass(Name, $"Odoo sees {evidence[0].Text} ({string.Join(", ", evidence.Select(e => e.Source))})");
        }

        var what = !wrong.SameHost(target) && !wrong.SameScheme(target) ? "host and scheme"
            : !wrong.SameHost(target) ? "host" : "scheme";
        var finding = $"Odoo sees {wrong.Text} ({wrong.Source}) but clients use {context.Settings.Origin}: wrong {what}";
        var honoured = await ForwardedHeadersHonouredAsync(context, cancellationToken);
        return honoured switch
        {
            true => CheckResult.Fail(Name,
                $"{finding}; Odoo follows X-Forwarded-Host/-Proto when they reach it (proxy_mode is on), so the proxy does not send " +
                (what == "scheme" ? "X-Forwarded-Proto (or sends it without X-Forwarded-Host, which Odoo needs before it applies either)" : "them") +
                $"; {SameSiteConsequence}",
                ProxyHeadersFix),
            false => CheckResult.Fail(Name,
                $"{finding}; Odoo ignored the X-Forwarded-Host/-Proto the doctor sent: proxy_mode is off (or web.base.url.freeze is set, " +
                $"or the proxy overwrites X-Forwarded-Host); {SameSiteConsequence}",
                ProxyModeFix),
            null => CheckResult.Fail(Name,
                $"{finding}: the proxy does not send X-Forwarded-Host/-Proto, or Odoo runs without proxy_mode; {SameSiteConsequence}",
                ProxyHeadersFix + "\n" + ProxyModeFix),
        };
    }

    private const string ProxyHeadersFix =
        "Send the client's host and scheme on / and /websocket: nginx `proxy_set_header X-Forwarded-Host $host; " +
        "proxy_set_header X-Forwarded-Proto $scheme; proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;` " +
        "(Odoo uses them only when X-Forwarded-Host is present; the OdooAspire gateway sends all three).";

    private const string ProxyModeFix =
        "odoo.conf: proxy_mode = True, then restart Odoo (without it Odoo ignores X-Forwarded-*). " +
        "If web.base.url.freeze is set, correct web.base.url in Settings > Technical > System Parameters.";

    /// <summary>Logs in again with the headers a correct proxy adds; null when that cannot be tried (no admin credentials).</summary>
    private static async Task<bool?> ForwardedHeadersHonouredAsync(DoctorContext context, CancellationToken cancellationToken)
    {
        if (context.Settings.Credentials is not { } credentials || context.Session is not { IsSystem: true })
        {
            return null;
        }

        var target = context.Settings.Target;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["X-Forwarded-Host"] = target.Authority,
            ["X-Forwarded-Proto"] = target.Scheme,
        };
        var (session, _) = await OdooLogin.AuthenticateAsync(context.Http, credentials, headers, cancellationToken);
        return SeenOrigin.TryCreate(session?.WebBaseUrl, "probe") is { } seen
            ? seen.SameHost(target) && seen.SameScheme(target)
            : null;
    }
}
