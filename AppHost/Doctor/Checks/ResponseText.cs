using System.Text.RegularExpressions;

namespace OdooAspire.AppHost.Doctor.Checks;

/// <summary>Turns an error page into one short line for the report.</summary>
internal static partial class ResponseText
{
    public static string Excerpt(string body, int length = 160)
    {
        var text = Whitespace().Replace(Tags().Replace(body, " "), " ").Trim();
        return text.Length <= length ? text : text[..length] + "...";
    }

    /// <summary>The excerpt without the status line an error page repeats (werkzeug: "500 Internal Server Error Internal Server Error ...").</summary>
    public static string ExcerptAfterStatus(string body, int status, string reason, int length = 160)
    {
        var text = Excerpt(body, int.MaxValue);
        foreach (var repeated in new[] { $"{status} {reason}", reason, reason })
        {
            if (repeated.Trim().Length > 0 && text.StartsWith(repeated, StringComparison.OrdinalIgnoreCase))
            {
                text = text[repeated.Length..].TrimStart();
            }
        }

        return text.Length <= length ? text : text[..length] + "...";
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
