using System.Net;

namespace OdooAspire.OdooSimulator.LiveChat;

/// <summary>
/// The stored HTML of a posted body. Odoo takes the body as HTML and sanitises it, which wraps bare text in a
/// paragraph; the simulator has no HTML sanitiser, so it escapes the text and wraps it the same way. Plain text
/// comes out as Odoo's; markup is shown as text instead of kept.
/// </summary>
internal static class PlainTextBody
{
    public static string ToHtml(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 ? string.Empty : $"<p>{WebUtility.HtmlEncode(text)}</p>";
    }
}
