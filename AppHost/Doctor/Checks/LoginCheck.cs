namespace OdooAspire.AppHost.Doctor.Checks;

/// <summary>Logs in when credentials are known: gives the server's own bus version and the base URL Odoo sees.</summary>
internal sealed class LoginCheck : IDoctorCheck
{
    public string Name => "admin login";

    public async Task<CheckResult> RunAsync(DoctorContext context, CancellationToken cancellationToken)
    {
        if (context.Settings.Credentials is not { } credentials)
        {
            return CheckResult.Skip(Name, "no credentials (--db, --login, --password); the host and scheme check needs an administrator's login");
        }

        var (session, problem) = await OdooLogin.AuthenticateAsync(context.Http, credentials, null, cancellationToken);
        if (session is null)
        {
            return CheckResult.Warn(Name, $"could not log in as {credentials}: {problem}",
                "Pass the database, login and password of an Odoo administrator (--db, --login, --password).");
        }

        context.Session = session;
        if (session.WebsocketWorkerVersion is { } version && context.Settings.BusVersion is null)
        {
            context.BusVersion = new BusVersion(version, BusVersionSource.SessionInfo);
        }

        return session.IsSystem
            ? CheckResult.Pass(Name, $"logged in as {credentials} (uid {session.Uid}, administrator)")
            : CheckResult.Warn(Name, $"logged in as {credentials} (uid {session.Uid}), but not as an administrator: Odoo records web.base.url only at an administrator's login",
                "Pass an administrator's login for the host and scheme check.");
    }
}
