using System.Text.Encodings.Web;

namespace OdooAspire.Dashboard.Pages;

/// <summary>HTML and URL encoding for server-rendered pages. Every value written into a page goes through here.</summary>
internal static class Html
{
    public static string E(string? value) => value is null ? string.Empty : HtmlEncoder.Default.Encode(value);

    public static string U(string? value) => value is null ? string.Empty : Uri.EscapeDataString(value);

    /// <summary>An <c>&lt;option&gt;</c> with the value encoded and selected when it is the current one.</summary>
    public static string Option(string value, string label, string? current) =>
        $"<option value=\"{E(value)}\"{(value == (current ?? string.Empty) ? " selected" : string.Empty)}>{E(label)}</option>";
}
