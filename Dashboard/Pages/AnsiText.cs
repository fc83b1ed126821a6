using System.Text;
using System.Text.RegularExpressions;

namespace OdooAspire.Dashboard.Pages;

/// <summary>
/// Renders console text with ANSI SGR colour codes as encoded HTML spans; other escape sequences are dropped.
/// An optional search term is highlighted.
/// </summary>
internal static partial class AnsiText
{
    public static string ToHtml(string text, string? highlight = null)
    {
        var html = new StringBuilder(text.Length + 32);
        int? colour = null;
        var bold = false;
        var position = 0;
        foreach (Match match in EscapeSequence().Matches(text))
        {
            AppendText(html, text[position..match.Index], colour, bold, highlight);
            position = match.Index + match.Length;
            if (match.Groups["final"].Value != "m")
            {
                continue;
            }

            var codes = match.Groups["params"].Value.Split(';', StringSplitOptions.None);
            foreach (var code in codes)
            {
                switch (code)
                {
                    case "" or "0":
                        colour = null;
                        bold = false;
                        break;
                    case "1":
                        bold = true;
                        break;
                    case "22":
                        bold = false;
                        break;
                    case "39":
                        colour = null;
                        break;
                    default:
                        if (int.TryParse(code, out var value) && (value is >= 30 and <= 37 || value is >= 90 and <= 97))
                        {
                            colour = value;
                        }

                        break;
                }
            }
        }

        AppendText(html, text[position..], colour, bold, highlight);
        return html.ToString();
    }

    public static string Strip(string text) => EscapeSequence().Replace(text, string.Empty);

    private static void AppendText(StringBuilder html, string text, int? colour, bool bold, string? highlight)
    {
        if (text.Length == 0)
        {
            return;
        }

        var styled = colour is not null || bold;
        if (styled)
        {
            html.Append("<span class=\"").Append(colour is null ? string.Empty : $"ansi-{colour} ").Append(bold ? "ansi-bold" : string.Empty).Append("\">");
        }

        html.Append(Highlight(text, highlight));
        if (styled)
        {
            html.Append("</span>");
        }
    }

    private static string Highlight(string text, string? term)
    {
        if (string.IsNullOrEmpty(term))
        {
            return Html.E(text);
        }

        var html = new StringBuilder();
        var position = 0;
        int index;
        while ((index = text.IndexOf(term, position, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            html.Append(Html.E(text[position..index])).Append("<mark>").Append(Html.E(text.Substring(index, term.Length))).Append("</mark>");
            position = index + term.Length;
        }

        return html.Append(Html.E(text[position..])).ToString();
    }

    [GeneratedRegex(@"\x1B\[(?<params>[0-9;?]*)(?<final>[A-Za-z])|\x1B\][^\x07]*\x07|\x1B[()][A-Za-z0-9]")]
    private static partial Regex EscapeSequence();
}
