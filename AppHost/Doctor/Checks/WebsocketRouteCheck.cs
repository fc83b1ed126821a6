namespace OdooAspire.AppHost.Doctor.Checks;

/// <summary><c>GET /websocket/health</c>: does the proxy's <c>/websocket</c> route reach an Odoo process at all?</summary>
internal sealed class WebsocketRouteCheck : IDoctorCheck
{
    public string Name => "websocket route";

    public async Task<CheckResult> RunAsync(DoctorContext context, CancellationToken cancellationToken)
    {
        var health = await context.Http.GetAsync("/websocket/health", cancellationToken);
        return health switch
        {
            { Answered: false } => CheckResult.Fail(Name, $"GET /websocket/health: {health.Describe()}", WebsocketFixes.NothingListens),
            { Status: 200 } => CheckResult.Pass(Name, "GET /websocket/health: 200 (an Odoo process answers on the /websocket route)"),
            { Status: 502 or 503 or 504 } => CheckResult.Fail(Name,
                $"GET /websocket/health: {health.Describe()} from the proxy: nothing answers where it sends /websocket",
                WebsocketFixes.NothingListens),
            { Status: 404 } => CheckResult.Fail(Name,
                "GET /websocket/health: 404: the proxy does not forward /websocket (or Odoo runs without its bus module)",
                WebsocketFixes.RouteToGevent),
            _ => CheckResult.Warn(Name, $"GET /websocket/health: {health.Describe()} ({ResponseText.Excerpt(health.Body, 80)})"),
        };
    }
}
