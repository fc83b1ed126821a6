namespace OdooAspire.Dashboard.Pages;

/// <summary>What a browser without the token or cookie sees.</summary>
internal static class LoginRequiredPage
{
    public static string Render(string message) =>
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sign in · OdooAspire</title>"
        + "<link rel=\"stylesheet\" href=\"/_assets/dashboard.css\"></head><body><main>"
        + "<h1>This dashboard needs its login link</h1>"
        + $"<p class=\"error\">{Html.E(message)}</p>"
        + "<p class=\"muted\">The link carries a token (<code>?t=…</code>) that is valid for this run of the AppHost only.</p>"
        + "</main></body></html>";
}
