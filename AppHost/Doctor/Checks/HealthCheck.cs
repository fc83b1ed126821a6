using System.Text.Json;

namespace OdooAspire.AppHost.Doctor.Checks;

/// <summary><c>GET /web/health</c>: is Odoo there at all (and through the proxy)?</summary>
internal sealed class HealthCheck : IDoctorCheck
{
    public string Name => "odoo health";

    public bool NeedsReachableOdoo => false;

    public async Task<CheckResult> RunAsync(DoctorContext context, CancellationToken cancellationToken)
    {
        var health = await context.Http.GetAsync("/web/health", cancellationToken);
        if (!health.Answered)
        {
            return CheckResult.Fail(Name, health.Describe(), health.Failure!.Tls
                ? "Give the proxy a certificate clients trust for this host name; for a development certificate pass --insecure."
                : "Check the URL (scheme, host, port) and that Odoo and the proxy in front of it are running.");
        }

        if (health.Status == 200 && IsPass(health.Body))
        {
            context.OdooReachable = true;
            return CheckResult.Pass(Name, $"GET /web/health: 200 {{\"status\": \"pass\"}} in {health.Elapsed.TotalMilliseconds:0} ms");
        }

        return health.Status switch
        {
            >= 300 and < 400 => CheckResult.Fail(Name,
                $"GET /web/health: {health.Describe()} to {health.Location ?? "(no Location)"}",
                "Run the doctor on the URL users end up on (browsers follow this redirect; websocket handshakes do not)."),
            502 or 503 or 504 => CheckResult.Fail(Name,
                $"GET /web/health: {health.Describe()} from the proxy: it cannot reach Odoo's HTTP port",
                "Start Odoo and point the proxy's default route at Odoo's HTTP port (http_port, 8069): " +
                "nginx `location / { proxy_pass http://odoo:8069; }`; OdooAspire gateway: Odoo:HttpUrl."),
            200 => CheckResult.Fail(Name,
                $"GET /web/health: 200 but not Odoo's {{\"status\": \"pass\"}} ({ResponseText.Excerpt(health.Body, 80)})",
                "Point the doctor at Odoo's URL; if that is it, the proxy answers Odoo's paths itself (a fallback page) instead of forwarding them."),
            _ => CheckResult.Fail(Name,
                $"GET /web/health: {health.Describe()} ({ResponseText.Excerpt(health.Body, 80)})",
                "Point the doctor at Odoo's URL and make the proxy forward every path to Odoo (nginx `location /`)."),
        };
    }

    private static bool IsPass(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                   && document.RootElement.TryGetProperty("status", out var status)
                   && status.ValueKind == JsonValueKind.String
                   && status.GetString() == "pass";
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
