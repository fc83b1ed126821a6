namespace OdooAspire.AppHost;

/// <summary>
/// Turns the AppHost's value-less switches into configuration keys before the command line is read: .NET's
/// command-line configuration takes the next argument as a switch's value, so a bare <c>--reset</c> would swallow it.
/// <c>ODOOASPIRE_ODOO_MODE</c> sets <c>Odoo:Mode</c> over appsettings and <c>Odoo__Mode</c>, under an explicit
/// <c>--Odoo:Mode</c> (the last value of a key on the command line wins).
/// </summary>
internal static class AppHostArguments
{
    /// <summary>Drops the database and re-creates it (from the template) at this start.</summary>
    public const string ResetSwitch = "--reset";

    /// <summary>The environment variable scripts and test runs use to choose the Odoo mode.</summary>
    public const string OdooModeVariable = "ODOOASPIRE_ODOO_MODE";

    public static string[] Expand(IReadOnlyList<string> args) => Expand(args, Environment.GetEnvironmentVariable(OdooModeVariable));

    public static string[] Expand(IReadOnlyList<string> args, string? odooModeVariable)
    {
        ArgumentNullException.ThrowIfNull(args);
        var result = new List<string>(args.Count + 1);
        if (!string.IsNullOrWhiteSpace(odooModeVariable))
        {
            result.Add($"--Odoo:Mode={odooModeVariable.Trim()}");
        }

        for (var i = 0; i < args.Count; i++)
        {
            if (!string.Equals(args[i], ResetSwitch, StringComparison.OrdinalIgnoreCase))
            {
                result.Add(args[i]);
                continue;
            }

            // "--reset true|false" keeps its explicit value; a bare "--reset" means true.
            if (i + 1 < args.Count && bool.TryParse(args[i + 1], out var explicitValue))
            {
                result.Add($"--Odoo:Reset={explicitValue}");
                i++;
            }
            else
            {
                result.Add("--Odoo:Reset=true");
            }
        }

        return [.. result];
    }
}
