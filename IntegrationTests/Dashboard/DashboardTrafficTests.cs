using System.Net;
using Microsoft.Playwright;
using OdooAspire.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static OdooAspire.IntegrationTests.Dashboard.DashboardPage;

namespace OdooAspire.IntegrationTests.Dashboard;

/// <summary>
/// The traffic of a chat through the gateway as the dashboard shows it: the gateway's request spans and websocket
/// session spans on the Traces page, and the gateway's sessions page, opened from the link in the gateway's row.
/// </summary>
[Collection(DashboardGraph.Name)]
public sealed class DashboardTrafficTests(DashboardGraphFixture graph)
{
    [Fact]
    public async Task A_chat_through_the_gateway_shows_in_traces_as_the_gateways_request_spans_and_a_websocket_session_span()
    {
        using var scenario = new CancellationTokenSource(TestTimeouts.Scenario);
        await ChatAsync("Traced visitor", scenario.Token);

        var page = await graph.OpenAsync("/traces/resource/gateway");
        try
        {
            // The chat's HTTP calls (login, session, posts) are traces of their own, each rooted in a gateway span.
            await ReloadUntilVisibleAsync(page, page.Locator("td[title^='Name: gateway: POST ']").First);

            // A session's span is written when it ends, in the trace of its upgrade request (GET /websocket).
            await page.Locator("input[name=traces-search]").PressSequentiallyAsync("websocket");
            var websocketTrace = page.Locator("td[title^='Name: gateway: GET /websocket']").Last;
            await Expect(websocketTrace).ToBeVisibleAsync();
            var traceId = (await websocketTrace.GetAttributeAsync("title"))!.Split("Trace Id: ")[1].Trim();

            await page.GotoAsync(new Uri(graph.LoginUrl, "/traces/detail/" + traceId).ToString());
            var sessionSpan = page.Locator("td[title='gateway: websocket.session']");
            await ReloadUntilVisibleAsync(page, sessionSpan);
            await Expect(page.Locator("td[title='gateway: GET /websocket']")).ToHaveCountAsync(1);
            await Expect(page.Locator("td[title='gateway: proxy.forwarder']")).ToHaveCountAsync(1);

            await sessionSpan.ClickAsync();
            await Expect(DetailsValue(page, "url.path")).ToHaveTextAsync("/websocket");
            await Expect(DetailsValue(page, "odooaspire.websocket.messages.client_to_odoo")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[1-9][0-9]*$"));
            await Chromium.ScreenshotAsync(page, "dashboard-websocket-session-trace");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_gateways_websocket_metrics_show_on_the_metrics_page()
    {
        using var scenario = new CancellationTokenSource(TestTimeouts.Scenario);
        await ChatAsync("Measured visitor", scenario.Token);

        var page = await graph.OpenAsync("/metrics/resource/gateway");
        try
        {
            // The gateway's websocket meter as Aspire lists it, once the first export after the chat has arrived; its
            // instruments are listed under it.
            // Until the gateway's first metrics arrive the page knows no such resource (and drops it from its URL), so
            // each attempt opens the gateway's metrics again.
            var meter = page.GetByText("OdooAspire.Gateway.WebSockets", new() { Exact = true }).First;
            var gatewayMetrics = new Uri(graph.LoginUrl, "/metrics/resource/gateway").ToString();
            await Polling.UntilAsync(
                async () =>
                {
                    await page.GotoAsync(gatewayMetrics);
                    try
                    {
                        await meter.WaitForAsync(new() { Timeout = 2000 });
                        return true;
                    }
                    catch (TimeoutException)
                    {
                        return false;
                    }
                },
                TestTimeouts.Telemetry, TimeSpan.FromMilliseconds(200));
            await Expect(meter).ToBeVisibleAsync();
            var messages = page.Locator("fluent-tree-item[title='odooaspire.gateway.websocket.messages']");
            if (!await messages.IsVisibleAsync())
            {
                await meter.ClickAsync();
            }

            await Expect(page.Locator("fluent-tree-item[title='odooaspire.gateway.websocket.active_sessions']")).ToBeVisibleAsync();
            await messages.ClickAsync();
            await Expect(page.GetByText("client_to_odoo").First).ToBeVisibleAsync();
            await Chromium.ScreenshotAsync(page, "dashboard-gateway-metrics");
        }
        catch (PlaywrightException)
        {
            await Chromium.ScreenshotAsync(page, "dashboard-gateway-metrics-failed");
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_sessions_page_linked_in_the_gateways_row_lists_the_chats_sessions_with_their_message_counts()
    {
        using var scenario = new CancellationTokenSource(TestTimeouts.Scenario);
        await using var liveOperator = await LiveChatDriver.StartOperatorAsync(graph, scenario.Token);
        await using var visitor = await LiveChatDriver.StartChatAsync(graph, liveOperator, "Counted visitor", scenario.Token);
        await visitor.PostAsync("counted message", scenario.Token);
        await liveOperator.Bus!.WaitForAsync(n => n.IsNewMessage(visitor.ChannelId, "counted message"), TestTimeouts.Delivery, "the counted message");
        // Both ends' counts are final once the close handshake is over.
        await visitor.Bus!.CloseAndDrainAsync(TestTimeouts.Delivery);
        var (sent, received) = (visitor.Bus.MessagesSent, visitor.Bus.MessagesReceived);

        var page = await graph.OpenAsync("/");
        try
        {
            var link = ResourceRow(page, "gateway").Locator("a", new() { HasTextString = "WebSocket sessions" });
            await Expect(link).ToBeVisibleAsync();
            var sessionsUrl = new Uri((await link.GetAttributeAsync("href"))!);
            Assert.Equal(graph.App.GetEndpoint("gateway", "sessions"), sessionsUrl);
            Assert.Equal("127.0.0.1", sessionsUrl.Host);

            await page.GotoAsync(sessionsUrl.ToString());
            await Expect(page.Locator("h1")).ToHaveTextAsync("WebSocket sessions through the gateway");
            // The operator's socket is still open; the visitor's ended with the counts its client saw.
            await Expect(page.Locator("h2", new() { HasTextRegex = new("^Open \\([1-9][0-9]*\\)$") })).ToBeVisibleAsync();
            var visitorRow = page.Locator(
                $"tr:has(td:nth-child(7):text-is('{sent}')):has(td:nth-child(8):text-is('{received}')):has(td:text-is('client'))");
            await Expect(visitorRow.First).ToContainTextAsync("both ways");
            await Expect(visitorRow.First).ToContainTextAsync("/websocket");
            await Chromium.ScreenshotAsync(page, "gateway-websocket-sessions");
        }
        finally
        {
            await page.Context.CloseAsync();
        }

        // Never on the public port: there, the path is Odoo's.
        using var http = new HttpClient { BaseAddress = graph.GatewayUrl };
        using var response = await http.GetAsync("/sessions.json", scenario.Token);
        Assert.False(
            response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsStringAsync(scenario.Token)).Contains("endedTotal", StringComparison.Ordinal),
            "the gateway's public port serves the sessions page's data");
    }

    /// <summary>A visitor and the operator exchange a message, then both leave (their sessions end).</summary>
    private async Task ChatAsync(string visitorName, CancellationToken cancellationToken)
    {
        await using var liveOperator = await LiveChatDriver.StartOperatorAsync(graph, cancellationToken);
        await using var visitor = await LiveChatDriver.StartChatAsync(graph, liveOperator, visitorName, cancellationToken);
        await visitor.PostAsync("Hello from " + visitorName, cancellationToken);
        await liveOperator.Bus!.WaitForAsync(n => n.IsNewMessage(visitor.ChannelId, "Hello from " + visitorName), TestTimeouts.Delivery, "visitor → operator");
        await liveOperator.PostAsync(visitor.ChannelId, "Hello " + visitorName, cancellationToken);
        await visitor.Bus!.WaitForAsync(n => n.IsNewMessage(visitor.ChannelId, "Hello " + visitorName), TestTimeouts.Delivery, "operator → visitor");
        await visitor.Bus.CloseAndDrainAsync(TestTimeouts.Delivery);
        await liveOperator.Bus.CloseAndDrainAsync(TestTimeouts.Delivery);
    }
}
