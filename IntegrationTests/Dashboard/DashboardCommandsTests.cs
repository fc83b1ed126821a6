using Microsoft.Playwright;
using OdooAspire.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static OdooAspire.IntegrationTests.Dashboard.DashboardPage;

namespace OdooAspire.IntegrationTests.Dashboard;

/// <summary>The Odoo resource's commands, clicked in the dashboard as a person does.</summary>
[Collection(DashboardGraph.Name)]
public sealed class DashboardCommandsTests(DashboardGraphFixture graph)
{
    [Fact]
    public async Task Run_doctor_from_the_odoo_rows_actions_menu_reports_no_problem_in_its_result_and_odoos_console_log()
    {
        var page = await graph.OpenAsync("/");
        try
        {
            await Expect(ResourceRow(page, "odoo").Locator(".state-column-cell")).ToHaveTextAsync("Running");
            var runDoctor = await ActionsMenuItemAsync(page, "odoo", "Run doctor");
            await runDoctor.ClickAsync();

            // The report opens as the command's result; the toast says how it went.
            var report = page.Locator("fluent-dialog", new() { HasTextString = "Summary:" });
            await Expect(report).ToContainTextAsync("PASS  websocket handshake");
            await Expect(report).ToContainTextAsync(" 0 failed, ");
            await Expect(page.Locator(".fluent-toast-provider")).ToContainTextAsync("\"Run doctor\" succeeded");
            await Chromium.ScreenshotAsync(page, "dashboard-run-doctor");

            await page.GotoAsync(new Uri(graph.LoginUrl, "/consolelogs/resource/odoo").ToString());
            await Expect(page.Locator(".log-content", new() { HasTextRegex = new("^Summary: [0-9]+ passed, 0 failed, ") }).Last).ToBeVisibleAsync();
            await Expect(page.Locator(".log-content", new() { HasTextString = "PASS  idle timeout" }).Last).ToBeVisibleAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
