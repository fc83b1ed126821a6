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

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
