using Microsoft.Playwright;
using OdooAspire.IntegrationTests.Infrastructure;
using OdooAspire.Odoo.Client;
using static Microsoft.Playwright.Assertions;

namespace OdooAspire.IntegrationTests.LiveChat;

/// <summary>
/// The operator in Odoo's own web client, in chromium, through the gateway: what the bug report is about. The
/// visitor's messages and typing must show in the operator's open page without a reload.
/// </summary>
[Collection(SharedGraph.Name)]
public sealed class OperatorInBrowserTests(GraphFixture graph, Chromium chromium) : IClassFixture<Chromium>
{
    private static readonly float Delivery = (float)TestTimeouts.Delivery.TotalMilliseconds;

    [RealOdooFact]
    public async Task A_visitors_chat_shows_in_the_operators_discuss_page_without_a_reload()
    {
        using var scenario = new CancellationTokenSource(TestTimeouts.Scenario);
        var visitorName = "Browser visitor " + Guid.NewGuid().ToString("N")[..6];
        // The join goes through JSON-RPC like the systray's switch; the page's own websocket makes the operator present.
        OdooVersion version;
        await using (var account = await LiveChatOperator.LoginAsync(graph.GatewayUrl, graph.Database, graph.Operator.Login, graph.Operator.Password, scenario.Token))
        {
            await account.JoinChannelAsync(OdooBus.DefaultLivechatChannelId, scenario.Token);
            version = account.Version;
        }

        var page = await chromium.NewPageAsync(TestTimeouts.Telemetry);
        await page.GotoAsync(new Uri(graph.GatewayUrl, "/web/login").ToString());
        await page.Locator("input[name=login]").FillAsync(graph.Operator.Login);
        await page.Locator("input[name=password]").FillAsync(graph.Operator.Password);
        await page.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/web/login", StringComparison.Ordinal));
        await page.GotoAsync(new Uri(graph.GatewayUrl, version.DiscussPath).ToString());
        // A mark in the loaded page: a reload would take it away (the web client's own URL changes keep it).
        await page.EvaluateAsync("() => { window.odooAspireNoReload = true; }");

        await using var visitor = new LiveChatVisitor(graph.GatewayUrl, version);
        await LiveChatDriver.WaitUntilAvailableAsync(visitor, scenario.Token);
        Assert.NotNull(await visitor.StartSessionAsync(OdooBus.DefaultLivechatChannelId, visitorName, scenario.Token));
        await visitor.ConnectBusAsync(scenario.Token);
        // A name of its own tells this chat from the other tests' in the operator's sidebar.
        await visitor.RenameAsync(visitorName, scenario.Token);

        try
        {
            // Odoo lists a livechat in the operator's sidebar once the visitor has written in it.
            await visitor.PostAsync("Hello from the browser test", scenario.Token);
            var conversation = page.GetByText(visitorName).First;
            await Expect(conversation).ToBeVisibleAsync(new() { Timeout = Delivery });
            await conversation.ClickAsync();
            await Expect(Message(page, "Hello from the browser test")).ToBeVisibleAsync(new() { Timeout = Delivery });
            await visitor.PostAsync("A second message while the chat is open", scenario.Token);
            await Expect(Message(page, "A second message while the chat is open")).ToBeVisibleAsync(new() { Timeout = Delivery });
            await visitor.NotifyTypingAsync(true, scenario.Token);
            await Expect(page.GetByText(visitorName + " is typing").First).ToBeVisibleAsync(new() { Timeout = Delivery });
            await Chromium.ScreenshotAsync(page, "odoo-operator-discuss");

            // And back: the operator types and sends in the page; the visitor's socket gets what the page sends at once.
            // Typing is checked as the page reports it: 17.0's web client notifies typing in chats and channels only,
            // not in livechats, while 18.0 and 19.0 do in every discuss channel.
            var typingCalls = 0;
            page.Request += (_, request) =>
            {
                if (request.Url.EndsWith("/discuss/channel/notify_typing", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref typingCalls);
                }
            };
            var visitorBus = visitor.Bus!;
            var mark = visitorBus.Count;
            await page.Locator(".o-mail-Composer-input").PressSequentiallyAsync("Hello from the operator's page");
            await page.Locator(".o-mail-Composer-input").PressAsync("Enter");
            await visitorBus.WaitForAsync(
                n => n.IsNewMessage(visitor.ChannelId, "Hello from the operator's page"), TestTimeouts.Delivery, "the operator's message from the page", mark);
            if (Volatile.Read(ref typingCalls) > 0)
            {
                await visitorBus.WaitForAsync(n => n.IsTyping(visitor.ChannelId, "partner", true), TestTimeouts.Delivery, "the operator types in the page", mark);
            }

            Assert.True(await page.EvaluateAsync<bool>("() => window.odooAspireNoReload === true"), "the operator's page was reloaded");
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            // What the operator's page showed when the chat did not arrive.
            await Chromium.ScreenshotAsync(page, "odoo-operator-discuss-failed");
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    // A message of the open conversation (the sidebar also previews the last one).
    private static ILocator Message(IPage page, string text) => page.Locator(".o-mail-Message", new() { HasText = text });
}
