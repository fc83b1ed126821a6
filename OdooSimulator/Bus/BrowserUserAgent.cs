using System.Text.RegularExpressions;

namespace OdooAspire.OdooSimulator.Bus;

/// <summary>
/// Whether a User-Agent names a browser (or a crawler), the clients whose bus version Odoo enforces. Odoo lets any
/// other client (an IoT box, a script) through with whatever <c>version</c> it sends.
/// </summary>
internal static partial class BrowserUserAgent
{
    public static bool IsBrowser(string? userAgent) => !string.IsNullOrEmpty(userAgent) && BrowserToken().IsMatch(userAgent);

    // The product tokens of browsers and crawlers, anywhere in the string; "mozilla" alone is enough.
    [GeneratedRegex(
        @"mozilla|chrome|crios|firefox|firebird|phoenix|iceweasel|safari|version|webkit|opera|edge|msie|microsoft\s+internet\s+explorer|trident/.+? rv:"
        + @"|seamonkey|galeon|camino|konqueror|k-meleon|netscape|lynx|links|googlebot|msnbot|bingbot|baiduspider|yahoo|ask jeeves|aol|america\s+online\s+browser",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BrowserToken();
}
