using System.Text;
using OdooAspire.Dashboard.Resources;

namespace OdooAspire.Dashboard.Pages;

/// <summary>The live console tail of one resource or all of them, with a search that filters and highlights.</summary>
internal static class ConsoleLogsPage
{
    public const string Path = "/console";
    public const int MaxLinesShown = 2_000;

    public static string Render(IResourceCatalog catalog, string? resourceName, string? search)
    {
        var resources = catalog.GetResources();
        var selected = resources.Any(r => r.Name == resourceName) ? resourceName : null;
        var lines = selected is null
            ? resources.SelectMany(r => catalog.GetConsoleLogs(r.Name)).OrderBy(line => line.Timestamp).ToList()
            : catalog.GetConsoleLogs(selected).ToList();
        var matching = string.IsNullOrEmpty(search)
            ? lines
            : lines.Where(line => AnsiText.Strip(line.Text).Contains(search, StringComparison.OrdinalIgnoreCase)).ToList();
        var shown = matching.Skip(Math.Max(0, matching.Count - MaxLinesShown)).ToList();

        var html = new StringBuilder();
        html.Append("<h1>Console logs</h1><form class=\"filters\" method=\"get\" action=\"/console\">")
            .Append("<label>Resource<select name=\"resource\" onchange=\"this.form.submit()\">")
            .Append(Html.Option(string.Empty, "All resources", selected));
        foreach (var resource in resources)
        {
            html.Append(Html.Option(resource.Name, resource.Name, selected));
        }

        html.Append("</select></label><label>Search<input type=\"search\" name=\"q\" value=\"").Append(Html.E(search)).Append("\"></label>")
            .Append("<button type=\"submit\">Apply</button></form>")
            .Append("<p class=\"muted\" id=\"console-count\">").Append(shown.Count).Append(" of ").Append(lines.Count).Append(" retained lines")
            .Append(matching.Count > shown.Count ? $" (latest {MaxLinesShown} matches shown)" : string.Empty).Append("</p>")
            .Append("<div class=\"console\" id=\"console\">");
        foreach (var line in shown)
        {
            html.Append("<div class=\"line").Append(line.IsError ? " stderr" : string.Empty).Append("\"><span class=\"ts\">")
                .Append(Format.Time(line.Timestamp)).Append("</span>");
            if (selected is null)
            {
                html.Append("<span class=\"res\">").Append(Html.E(line.ResourceName)).Append("</span>");
            }

            html.Append(AnsiText.ToHtml(line.Text, search)).Append("</div>");
        }

        return html.Append("</div>").ToString();
    }
}
