using System.Globalization;
using System.Text.RegularExpressions;

namespace OdooAspire.Hosting.Odoo;

/// <summary>
/// Turns the log lines of <c>odoo-bin -i ... --stop-after-init</c> into a status line: which module of how many
/// is loading and the time since the install began.
/// </summary>
internal sealed partial class OdooInitProgress(string title, TimeProvider time)
{
    private readonly long _started = time.GetTimestamp();
    private string _detail = "starting";

    /// <summary>The status after <paramref name="line"/>, or null when the line says nothing about progress.</summary>
    public string? Observe(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (ModuleLine().Match(line) is { Success: true } module)
        {
            _detail = $"module {module.Groups["index"].Value}/{module.Groups["count"].Value} {module.Groups["name"].Value}";
        }
        else if (CountLine().Match(line) is { Success: true } count)
        {
            _detail = $"loading {count.Groups["count"].Value} modules";
        }
        else if (line.Contains("odoo.modules.loading: Modules loaded.", StringComparison.Ordinal))
        {
            _detail = "modules loaded, finishing";
        }
        else if (line.Contains("odoo.modules.loading: init db", StringComparison.Ordinal))
        {
            _detail = "creating the database";
        }
        else
        {
            return null;
        }

        return Status;
    }

    /// <summary>E.g. "initialising database 'odoo' (cold): module 14/37 mail, 12 s".</summary>
    public string Status => $"{title}: {_detail}, {time.GetElapsedTime(_started).TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s";

    [GeneratedRegex(@"odoo\.modules\.loading: Loading module (?<name>\S+) \((?<index>\d+)/(?<count>\d+)\)")]
    private static partial Regex ModuleLine();

    [GeneratedRegex(@"odoo\.modules\.loading: loading (?<count>\d+) modules\.\.\.")]
    private static partial Regex CountLine();
}
