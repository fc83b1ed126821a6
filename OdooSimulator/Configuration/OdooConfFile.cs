namespace OdooAspire.OdooSimulator.Configuration;

/// <summary>Reads the <c>[options]</c> section of an INI odoo.conf into a key/value map.</summary>
internal static class OdooConfFile
{
    private const string OptionsSection = "options";

    public static IReadOnlyDictionary<string, string> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? section = null;
        var sawOptions = false;
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[')
            {
                if (line[^1] != ']')
                {
                    throw new OdooConfException($"odoo.conf line {lineNumber}: section header '{line}' is missing ']'.");
                }

                section = line[1..^1].Trim();
                sawOptions |= string.Equals(section, OptionsSection, StringComparison.OrdinalIgnoreCase);
                continue;
            }

            var separator = line.IndexOfAny(['=', ':']);
            if (separator <= 0)
            {
                throw new OdooConfException($"odoo.conf line {lineNumber}: expected 'key = value', got '{line}'.");
            }

            if (section is null)
            {
                throw new OdooConfException($"odoo.conf line {lineNumber}: '{line}' comes before the [options] section.");
            }

            if (string.Equals(section, OptionsSection, StringComparison.OrdinalIgnoreCase))
            {
                values[line[..separator].Trim()] = line[(separator + 1)..].Trim();
            }
        }

        if (!sawOptions)
        {
            throw new OdooConfException("odoo.conf has no [options] section.");
        }

        return values;
    }
}
