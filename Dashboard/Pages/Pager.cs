using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using OdooAspire.Dashboard.Storage;

namespace OdooAspire.Dashboard.Pages;

/// <summary>Previous/next links that keep the current filters.</summary>
internal static class Pager
{
    public const string OffsetKey = "offset";

    public static int Offset(HttpRequest request) =>
        int.TryParse(request.Query[OffsetKey], out var offset) && offset > 0 ? offset : 0;

    public static string Render<T>(HttpRequest request, Page<T> page)
    {
        string Link(int offset, string label)
        {
            var query = new QueryBuilder(request.Query.Where(pair => pair.Key != OffsetKey)) { { OffsetKey, offset.ToString(System.Globalization.CultureInfo.InvariantCulture) } };
            return $"<a href=\"{Html.E(request.Path + query.ToQueryString())}\">{label}</a>";
        }

        var first = page.TotalMatches == 0 ? 0 : page.Offset + 1;
        return "<div class=\"pager\">"
            + (page.HasPrevious ? Link(Math.Max(0, page.Offset - page.Limit), "← newer") : string.Empty)
            + $"<span class=\"muted\">{first}–{page.Offset + page.Items.Count} of {page.TotalMatches}</span>"
            + (page.HasNext ? Link(page.Offset + page.Limit, "older →") : string.Empty)
            + "</div>";
    }
}
