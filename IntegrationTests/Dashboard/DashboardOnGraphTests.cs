using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OdooAspire.IntegrationTests.Infrastructure;
using OdooAspire.Odoo.Client;
using static Microsoft.Playwright.Assertions;

namespace OdooAspire.IntegrationTests.Dashboard;

/// <summary>The dashboard of the running graph, in a real browser: resources, a chat's websocket sessions, a proxied request's trace.</summary>
[Collection(BrowserGraph.Name)]
public sealed partial class DashboardOnGraphTests(DashboardGraphFixture graph)
{
    [Fact]
    public async Task The_resources_page_lists_postgres_odoo_and_the_gateway_healthy_with_their_health_checks()
    {
        var page = await graph.OpenAsync("/");

        await Expect(page.Locator("#resources tbody tr[data-resource]")).ToHaveCountAsync(3);
        foreach (var name in new[] { "postgres", "odoo", "gateway" })
        {
            var row = page.Locator($"tr[data-resource={name}]");
            await Expect(row.Locator(".state")).ToHaveTextAsync(StartsWithHealthy());
        }

        await Expect(page.Locator("tr[data-resource=odoo]")).ToContainTextAsync("/web/health");
        await Expect(page.Locator("tr[data-resource=gateway]")).ToContainTextAsync("/health");
        var gatewayUrl = graph.GatewayUrl.ToString();
        await Expect(page.Locator($"tr[data-resource=gateway] a[href='{gatewayUrl}']")).ToHaveCountAsync(1);
        Assert.DoesNotContain(graph.App.App.Configuration["Odoo:AdminPassword"] ?? "no admin password configured", await page.ContentAsync(), StringComparison.Ordinal);
        await DashboardGraphFixture.ScreenshotAsync(page, "graph-resources");
    }

    [Fact]
    public async Task The_console_page_shows_the_output_of_each_resource_of_the_graph()
    {
        var page = await graph.OpenAsync("/console?resource=gateway");

        await Expect(page.Locator("#console .line").First).ToBeVisibleAsync();
        var gatewayLines = graph.App.GetLogs("gateway").Snapshot();
        Assert.NotEmpty(gatewayLines);
        await Expect(page.Locator("#console")).ToContainTextAsync(gatewayLines[0].Text.Trim());
        await DashboardGraphFixture.ScreenshotAsync(page, "graph-console");
    }

    [Fact]
    public async Task A_chat_through_the_gateway_appears_as_websocket_sessions_with_the_message_counts_each_side_saw()
    {
        using var scenario = new CancellationTokenSource(TestTimeouts.Scenario);
        var liveOperator = await LiveChatDriver.StartOperatorAsync(graph, scenario.Token);
        await using (liveOperator)
        {
            await using var visitor = await LiveChatDriver.StartChatAsync(graph, liveOperator, "Dashboard visitor", scenario.Token);
            await visitor.PostAsync("seen on the dashboard?", scenario.Token);
            await liveOperator.Bus!.WaitForAsync(n => n.IsNewMessage(visitor.ChannelId, "seen on the dashboard?"), TestTimeouts.Delivery, "visitor → operator");
            await liveOperator.PostAsync(visitor.ChannelId, "yes, with its counts", scenario.Token);
            await visitor.Bus!.WaitForAsync(n => n.IsNewMessage(visitor.ChannelId, "yes, with its counts"), TestTimeouts.Delivery, "operator → visitor");

            var open = await graph.OpenAsync("/websockets");
            await ReloadUntilVisibleAsync(open, open.Locator("#ws-open b", new PageLocatorOptions { HasText = "2" }));
            await DashboardGraphFixture.ScreenshotAsync(open, "graph-websockets-open");

            await visitor.Bus.CloseAndDrainAsync(TestTimeouts.Delivery);
            await liveOperator.Bus.CloseAndDrainAsync(TestTimeouts.Delivery);

            var page = await graph.OpenAsync("/websockets");
            await ExpectSessionAsync(page, visitor.Bus);
            await ExpectSessionAsync(page, liveOperator.Bus);
            await DashboardGraphFixture.ScreenshotAsync(page, "graph-websockets");

            await SessionRow(page, visitor.Bus).Locator("a").First.ClickAsync();
            await Expect(page.Locator("#session")).ToContainTextAsync("Messages Odoo→client" + Count(visitor.Bus.MessagesReceived));
            await DashboardGraphFixture.ScreenshotAsync(page, "graph-websocket-session");
        }
    }

    [Fact]
    public async Task A_request_through_the_gateway_has_a_trace_from_the_gateway_span_to_the_odoo_upstream()
    {
        using var scenario = new CancellationTokenSource(TestTimeouts.Scenario);
        await using var visitor = new LiveChatVisitor(graph.GatewayUrl);
        await visitor.IsOperatorAvailableAsync(OdooBus.DefaultLivechatChannelId, scenario.Token);

        // The simulator exports its own spans; a real Odoo sends none, so its side is the gateway's upstream call.
        var resources = OdooTarget.IsSimulator ? "gateway, odoo" : "gateway";
        var page = await graph.OpenAsync("/traces?resource=gateway&route=" + Uri.EscapeDataString("/im_livechat/init"));
        var row = page.Locator("#traces tr[data-trace]", new PageLocatorOptions { HasText = resources }).First;
        await ReloadUntilVisibleAsync(page, row);
        await Expect(row).ToContainTextAsync("/im_livechat/init");
        await DashboardGraphFixture.ScreenshotAsync(page, "graph-traces");

        await row.Locator("a").ClickAsync();
        var spans = page.Locator("#waterfall > tbody > tr");
        await Expect(spans.First).ToContainTextAsync("/im_livechat/init");
        await Expect(spans.First).ToContainTextAsync("gateway");
        var upstream = page.Locator("#waterfall > tbody > tr", new PageLocatorOptions { HasText = "client" }).First;
        await upstream.Locator("summary").ClickAsync();
        await Expect(upstream).ToContainTextAsync(graph.App.GetEndpoint("odoo").GetLeftPart(UriPartial.Authority) + "/im_livechat/init");
        if (OdooTarget.IsSimulator)
        {
            await Expect(page.Locator("#waterfall > tbody > tr", new PageLocatorOptions { HasText = "odoo" }).First).ToBeVisibleAsync();
        }

        await DashboardGraphFixture.ScreenshotAsync(page, "graph-trace-waterfall");
    }

    /// <summary>The sessions table row whose message counts are exactly what this client sent and received.</summary>
    private static ILocator SessionRow(IPage page, BusSocket socket) =>
        page.Locator("#sessions tbody tr")
            .Filter(new LocatorFilterOptions { Has = page.Locator($"td.msgs-in:text-is('{Count(socket.MessagesSent)}')") })
            .Filter(new LocatorFilterOptions { Has = page.Locator($"td.msgs-out:text-is('{Count(socket.MessagesReceived)}')") });

    /// <summary>Sessions are exported when they end; the open page shows them as they arrive.</summary>
    private static async Task ExpectSessionAsync(IPage page, BusSocket socket)
    {
        var row = SessionRow(page, socket);
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("/websocket");
        await Expect(row).ToContainTextAsync("1000");
    }

    /// <summary>The traces list is rendered per request: reload until the exporters' batch (every 5 s) arrived.</summary>
    private static async Task ReloadUntilVisibleAsync(IPage page, ILocator locator)
    {
        await Polling.UntilAsync(
            async () =>
            {
                if (await locator.CountAsync() > 0)
                {
                    return true;
                }

                await page.ReloadAsync();
                return false;
            },
            TestTimeouts.Telemetry, TimeSpan.FromMilliseconds(500));
        await Expect(locator).ToBeVisibleAsync();
    }

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    [GeneratedRegex("^Healthy")]
    private static partial Regex StartsWithHealthy();
}
