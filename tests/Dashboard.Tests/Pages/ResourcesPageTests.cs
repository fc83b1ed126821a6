using OdooAspire.Dashboard.Pages;
using OdooAspire.Dashboard.Tests.Infrastructure;

namespace OdooAspire.Dashboard.Tests.Pages;

public sealed class ResourcesPageTests
{
    [Fact]
    public void Secret_values_never_reach_the_page_whether_flagged_or_named_like_a_credential()
    {
        var catalog = FakeResourceCatalog.WithOdooGraph(DateTimeOffset.UtcNow);

        var html = ResourcesPage.Render(catalog.GetResources(), null, null);

        Assert.DoesNotContain("s3cr3t-pg", html);
        Assert.DoesNotContain("hunter2-odoo", html);
        Assert.Contains("POSTGRES_PASSWORD", html);
        Assert.Contains("ODOO_WORKERS", html);
    }

    [Fact]
    public void A_resource_notice_is_shown_above_the_table()
    {
        var catalog = FakeResourceCatalog.WithOdooGraph(DateTimeOffset.UtcNow);

        var html = ResourcesPage.Render(catalog.GetResources(), null, null);

        Assert.True(html.IndexOf("No real Odoo is running", StringComparison.Ordinal) < html.IndexOf("<table", StringComparison.Ordinal));
    }

    [Fact]
    public void An_exited_resource_shows_its_exit_code_and_only_start_is_enabled()
    {
        var catalog = FakeResourceCatalog.WithOdooGraph(DateTimeOffset.UtcNow);

        var html = ResourcesPage.Render(catalog.GetResources(), null, null);
        var row = html[html.IndexOf("data-resource=\"migrator\"", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];

        Assert.Contains("Exited (code 3)", row);
        Assert.Contains("database odoo is locked", row);
        Assert.Contains("commands/start\"><button class=\"cmd\" type=\"submit\">", row);
        Assert.Contains("commands/stop\"><button class=\"cmd\" type=\"submit\" disabled>", row);
    }
}
