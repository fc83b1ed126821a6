using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.Playwright;
using OdooAspire.IntegrationTests.Infrastructure;
using OdooAspire.Odoo.Client;
using static Microsoft.Playwright.Assertions;
using static OdooAspire.IntegrationTests.Dashboard.DashboardPage;

namespace OdooAspire.IntegrationTests.Dashboard;

/// <summary>
/// Aspire's dashboard of the running graph, in a real browser: every resource running and healthy, a resource's
/// console output, and the trace of a request through the gateway. The dashboard is a Blazor Server app: the
/// tests wait for what the page shows, never for a load event.
/// </summary>
[Collection(DashboardGraph.Name)]
public sealed class AspireDashboardTests(DashboardGraphFixture graph)
{
    private static readonly string[] Resources = ["postgres", "odoo", "gateway"];

    [Fact]
    public async Task The_resources_page_lists_postgres_odoo_and_the_gateway_running_and_healthy()
    {
        var page = await graph.OpenAsync("/");
        try
        {
            await Expect(page.Locator("tr.resource-row")).ToHaveCountAsync(Resources.Length);
            foreach (var name in Resources)
            {
                var row = ResourceRow(page, name);
                await Expect(row.Locator(".state-column-cell")).ToHaveTextAsync("Running");

                // The details pane says what the state column only shows as an icon: the health checks' verdict.
                await row.Locator(".resource-name-text").ClickAsync();
                await Expect(DetailsValue(page, "Display name")).ToHaveTextAsync(name);
                await Expect(DetailsValue(page, "Health state")).ToHaveTextAsync("Healthy");
            }

            await Chromium.ScreenshotAsync(page, "dashboard-resources");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_console_logs_page_shows_what_the_gateway_printed()
    {
        // Kestrel's own line names the gateway's port: only the gateway's output can hold it.
        var listening = graph.Logs.Snapshot("gateway").Select(WithoutTimestamp).FirstOrDefault(l => l.Contains("Now listening on:", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("the gateway never printed Kestrel's \"Now listening on:\" line:\n" + graph.Logs.Tail("gateway"));
        Assert.Contains($":{graph.App.GetEndpoint("gateway", "http").Port}", listening, StringComparison.Ordinal);

        var page = await graph.OpenAsync("/consolelogs/resource/gateway");
        try
        {
            await Expect(page.Locator(".log-content", new() { HasTextString = listening })).ToHaveCountAsync(1);
            await Chromium.ScreenshotAsync(page, "dashboard-console-gateway");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_visitors_request_through_the_gateway_has_a_trace_from_the_gateway_to_odoo()
    {
        using var scenario = new CancellationTokenSource(TestTimeouts.Scenario);
        // The visitor's first call, carrying a trace id of the test's own (W3C traceparent), so the trace to look
        // for is this request's and no other.
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        await using var visitor = new LiveChatVisitor(graph.GatewayUrl);
        var availability = await visitor.AvailabilityCallAsync(OdooBus.DefaultLivechatChannelId, scenario.Token);
        using (var http = new HttpClient { BaseAddress = graph.GatewayUrl })
        using (var request = new HttpRequestMessage(HttpMethod.Post, availability.Route))
        {
            request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
            request.Content = JsonContent.Create(new { jsonrpc = "2.0", method = "call", id = 1, @params = availability.Parameters });
            using var response = await http.SendAsync(request, scenario.Token);
            response.EnsureSuccessStatusCode();
        }

        var page = await graph.OpenAsync("/traces/detail/" + traceId);
        try
        {
            var gatewaySpan = page.Locator("td[title^='gateway: POST']").First;
            await ReloadUntilVisibleAsync(page, gatewaySpan);
            await Expect(page.Locator("td[title^='gateway: HTTP POST']")).ToHaveCountAsync(1);
            if (OdooTarget.IsSimulator)
            {
                // The simulator exports its own spans; a real Odoo sends none, so its side is the gateway's upstream call.
                await Expect(page.Locator("td[title^='odoo: POST']")).ToHaveCountAsync(1);
            }

            await gatewaySpan.ClickAsync();
            await Expect(DetailsValue(page, "url.path")).ToHaveTextAsync(availability.Route);
            await Chromium.ScreenshotAsync(page, "dashboard-trace");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Aspire prefixes each console line with its timestamp; the dashboard shows the text alone.</summary>
    private static string WithoutTimestamp(string line) =>
        line.Split(' ', 2) is [var first, var rest] && DateTimeOffset.TryParse(first, out _) ? rest.Trim() : line.Trim();
}
