using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using OdooAspire.Dashboard.Resources;
using OdooAspire.Dashboard.Storage;
using OdooAspire.Dashboard.Telemetry;
using OdooAspire.Dashboard.Tests.Infrastructure;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using static Microsoft.Playwright.Assertions;

namespace OdooAspire.Dashboard.Tests.Browser;

public sealed partial class DashboardPagesBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private DashboardFixture Dashboard => browser.Dashboard;

    [Fact]
    public async Task The_resources_page_lists_every_resource_with_state_health_endpoints_and_masked_secrets()
    {
        var page = await browser.LoggedInPageAsync();

        await Expect(page.Locator("#resources tbody tr[data-resource]")).ToHaveCountAsync(4);
        var odoo = page.Locator("tr[data-resource=odoo]");
        await Expect(odoo.Locator(".state")).ToHaveTextAsync("Unhealthy");
        await Expect(odoo).ToContainTextAsync("GET /web/health returned 503");
        await Expect(odoo.Locator("a[href='http://127.0.0.1:8072/']")).ToHaveTextAsync("http://127.0.0.1:8072/");
        await Expect(page.Locator("tr[data-resource=migrator] .state")).ToHaveTextAsync("Exited (code 3)database odoo is locked");
        await Expect(page.Locator("p.notice")).ToContainTextAsync("odoo: No real Odoo is running");

        await page.Locator("#env-postgres summary").ClickAsync();
        await Expect(page.Locator("#env-postgres")).ToContainTextAsync("POSTGRES_PASSWORD");
        Assert.DoesNotContain("s3cr3t-pg", await page.ContentAsync());
        await BrowserFixture.ScreenshotAsync(page, "resources");
    }

    [Fact]
    public async Task A_state_change_reaches_the_open_resources_page_without_a_reload()
    {
        var page = await browser.LoggedInPageAsync();
        await Expect(page.Locator("#live-status")).ToHaveTextAsync("live");

        var gateway = Dashboard.Catalog.GetResources().Single(r => r.Name == "gateway");
        Dashboard.Catalog.Set(gateway with
        {
            State = ResourceState.Unhealthy,
            HealthChecks = [new ResourceHealthCheck("http", HealthStatus.Unhealthy, "connection refused", DateTimeOffset.UtcNow)],
        });

        await Expect(page.Locator("tr[data-resource=gateway] .state")).ToHaveTextAsync("Unhealthy");
        await Expect(page.Locator("tr[data-resource=gateway]")).ToContainTextAsync("connection refused");
    }

    [Fact]
    public async Task The_restart_button_sends_the_command_and_a_refused_command_shows_why()
    {
        var page = await browser.LoggedInPageAsync();

        await page.Locator("tr[data-resource=postgres] form[action$='/commands/restart'] button").ClickAsync();
        await Expect(page.Locator("p.note")).ToHaveTextAsync("Restart requested for postgres.");
        Assert.Contains(("postgres", ResourceCommand.Restart), Dashboard.Catalog.Commands);

        var response = await page.APIRequest.PostAsync(new Uri(Dashboard.Urls.BrowserUrl, "/resources/migrator/commands/stop").ToString(), new APIRequestContextOptions { MaxRedirects = 0 });
        Assert.Equal(302, response.Status);
        Assert.Contains("already%20exited", response.Headers["location"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_console_page_tails_live_renders_ansi_colours_and_searches()
    {
        Dashboard.Catalog.Write("odoo", "\u001b[32mINFO\u001b[0m odoo.service.server: HTTP service (werkzeug) running on 127.0.0.1:8069");
        Dashboard.Catalog.Write("odoo", "\u001b[1;31mERROR\u001b[0m odoo.addons.bus: websocket worker not reachable", isError: true);
        Dashboard.Catalog.Write("gateway", "info: Yarp.ReverseProxy[0] Proxying to http://127.0.0.1:8072/websocket");
        var page = await browser.LoggedInPageAsync();
        await page.GotoAsync(new Uri(Dashboard.Urls.BrowserUrl, "/console").ToString());

        await Expect(page.Locator("#console .line")).ToHaveCountAsync(3);
        await Expect(page.Locator("#console .ansi-31.ansi-bold")).ToHaveTextAsync("ERROR");
        await Expect(page.Locator("#console .stderr")).ToContainTextAsync("websocket worker not reachable");
        await Expect(page.Locator("#live-status")).ToHaveTextAsync("live");

        Dashboard.Catalog.Write("gateway", "warn: upstream websocket closed 1006");
        await Expect(page.Locator("#console .line")).ToHaveCountAsync(4);
        await BrowserFixture.ScreenshotAsync(page, "console");

        await page.Locator("input[name=q]").FillAsync("websocket");
        await page.Locator("input[name=q]").PressAsync("Enter");
        await Expect(page.Locator("#console .line")).ToHaveCountAsync(3);
        await Expect(page.Locator("#console mark").First).ToHaveTextAsync("websocket");
    }

    [Fact]
    public async Task A_websocket_session_appears_with_its_message_counts_and_opens_its_timeline()
    {
        var path = $"/websocket?version=18.0-{Guid.NewGuid():N}";
        using var gateway = new ActivitySource($"Tests.Gateway.{Guid.NewGuid():N}");
        var page = await browser.LoggedInPageAsync();
        await page.GotoAsync(new Uri(Dashboard.Urls.BrowserUrl, "/websockets").ToString());
        await Expect(page.Locator("#live-status")).ToHaveTextAsync("live");

        using (RealExporter.Tracing(Dashboard.Urls, OtlpExportProtocol.Grpc, "gateway", gateway.Name, GatewayWebSocketTags.ActivitySourceName))
        {
            GatewayLikeSpans.WebSocketSession(gateway, path, fromClient: 4, toClient: 9);
        }

        var row = page.Locator("#sessions tbody tr", new PageLocatorOptions { HasText = path });
        await Expect(row.Locator(".msgs-in")).ToHaveTextAsync("4");
        await Expect(row.Locator(".msgs-out")).ToHaveTextAsync("9");
        await Expect(row).ToContainTextAsync("client_closed");
        await Expect(row).ToContainTextAsync("1000 bye");
        await BrowserFixture.ScreenshotAsync(page, "websockets");

        await row.Locator("a").First.ClickAsync();
        await Expect(page.Locator("#session")).ToContainTextAsync("Messages Odoo→client9");
        await Expect(page.Locator("#timeline li")).ToHaveCountAsync(2);
        await Expect(page.Locator("#waterfall > tbody > tr")).ToHaveCountAsync(2);
        await Expect(page.Locator("#waterfall .span.ws")).ToHaveCountAsync(1);
        await BrowserFixture.ScreenshotAsync(page, "websocket-session");
    }

    [Fact]
    public async Task A_proxied_requests_trace_shows_the_gateway_span_and_the_odoo_upstream_spans_in_a_waterfall()
    {
        var route = $"/web/dataset/call_kw/{Guid.NewGuid():N}";
        using var gatewaySource = new ActivitySource($"Tests.Gateway.{Guid.NewGuid():N}");
        using var odooSource = new ActivitySource($"Tests.Odoo.{Guid.NewGuid():N}");
        string traceId;
        using (RealExporter.Tracing(Dashboard.Urls, OtlpExportProtocol.HttpProtobuf, "gateway", gatewaySource.Name))
        using (RealExporter.Tracing(Dashboard.Urls, OtlpExportProtocol.Grpc, "odoo", odooSource.Name))
        {
            using var server = gatewaySource.StartActivity($"POST {route}", ActivityKind.Server)!;
            server.SetTag("http.route", route);
            server.SetTag("http.response.status_code", 200);
            traceId = server.TraceId.ToHexString();
            using var upstream = gatewaySource.StartActivity("POST", ActivityKind.Client)!;
            upstream.SetTag("url.full", "http://127.0.0.1:8069" + route);
            using var odoo = odooSource.StartActivity($"POST {route}", ActivityKind.Server, upstream.Context)!;
            odoo.SetTag("http.route", route);
        }

        for (var i = 0; i < 30; i++)
        {
            using var other = gatewaySource.StartActivity("GET /web/assets/noise", ActivityKind.Server);
        }

        var page = await browser.LoggedInPageAsync();
        await page.GotoAsync(new Uri(Dashboard.Urls.BrowserUrl, $"/traces?resource=gateway&route={Uri.EscapeDataString(route)}").ToString());
        var row = page.Locator($"#traces tr[data-trace='{traceId}']");
        await Expect(row).ToContainTextAsync("gateway, odoo");
        await Expect(row.Locator("td.num").First).ToHaveTextAsync("3");
        await BrowserFixture.ScreenshotAsync(page, "traces");

        await row.Locator("a").ClickAsync();
        var spans = page.Locator("#waterfall > tbody > tr");
        await Expect(spans).ToHaveCountAsync(3);
        await Expect(spans.Nth(0)).ToContainTextAsync($"POST {route}");
        await Expect(spans.Nth(0)).ToContainTextAsync("gateway");
        await Expect(spans.Nth(1)).ToContainTextAsync("client");
        await Expect(spans.Nth(2)).ToContainTextAsync("odoo");
        await Expect(spans.Nth(2).Locator(".span.server")).ToHaveCountAsync(1);
        await spans.Nth(1).Locator("summary").ClickAsync();
        await Expect(spans.Nth(1)).ToContainTextAsync("url.full");
        await BrowserFixture.ScreenshotAsync(page, "trace-waterfall");
    }

    [Fact]
    public async Task Structured_logs_filter_by_minimum_level_and_text()
    {
        var marker = Guid.NewGuid().ToString("N")[..12];
        using (var loggers = RealExporter.Logging(Dashboard.Urls, OtlpExportProtocol.HttpProtobuf, "gateway"))
        {
            var logger = loggers.CreateLogger("OdooAspire.Gateway.WebSockets.WebSocketSessionRecorder");
            logger.LogInformation("Session {Marker} opened", marker);
            logger.LogWarning("Session {Marker} idle for {Seconds} s", marker, 700);
            logger.LogError("Session {Marker} upstream refused", marker);
        }

        var page = await browser.LoggedInPageAsync();
        await page.GotoAsync(new Uri(Dashboard.Urls.BrowserUrl, $"/logs?q={marker}").ToString());
        await Expect(page.Locator("#logs > tbody > tr")).ToHaveCountAsync(3);
        await BrowserFixture.ScreenshotAsync(page, "structured-logs");

        await page.Locator("select[name=level]").SelectOptionAsync("Warning");
        await page.Locator("form.filters button").ClickAsync();
        await Expect(page.Locator("#logs > tbody > tr")).ToHaveCountAsync(2);
        await Expect(page.Locator("#logs > tbody > tr").First).ToContainTextAsync("upstream refused");
    }

    [Fact]
    public async Task The_metrics_page_shows_request_rate_latency_percentiles_and_open_websockets()
    {
        var service = $"gateway-metrics-{Guid.NewGuid():N}"[..24];
        using var meter = new Meter($"Tests.Meter.{Guid.NewGuid():N}");
        var duration = meter.CreateHistogram(TrafficSummaryCalculator.RequestDurationMetric, "s", null, null,
            new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1] });
        var active = meter.CreateUpDownCounter<long>(GatewayWebSocketTags.ActiveSessionsMetric);
        using (var provider = RealExporter.Metrics(Dashboard.Urls, OtlpExportProtocol.Grpc, service, meter))
        {
            active.Add(2);
            duration.Record(0.02);
            Assert.True(provider.ForceFlush());
            for (var i = 0; i < 50; i++)
            {
                duration.Record(0.02);
            }

            Assert.True(provider.ForceFlush());
        }

        var page = await browser.LoggedInPageAsync();
        await page.GotoAsync(new Uri(Dashboard.Urls.BrowserUrl, "/metrics").ToString());
        var row = page.Locator("#traffic tbody tr", new PageLocatorOptions { HasText = service });
        await Expect(row.Locator("td").Nth(5)).ToHaveTextAsync("2");
        await Expect(row.Locator("td").Nth(2)).ToHaveTextAsync(Milliseconds());
        await BrowserFixture.ScreenshotAsync(page, "metrics");
    }

    [GeneratedRegex(@"^(1\d|2[0-5])(\.\d+)?$")]
    private static partial Regex Milliseconds();
}
