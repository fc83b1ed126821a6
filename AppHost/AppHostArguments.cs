namespace OdooAspire.AppHost;

/// <summary>
/// Turns the AppHost's value-less switches into configuration keys before the command line is read: .NET's
/// command-line configuration takes the next argument as a switch's value, so a bare <c>--reset</c> would swallow it.
/// <c>ODOOASPIRE_ODOO_MODE</c> sets <c>Odoo:Mode</c> over appsettings and <c>Odoo__Mode</c>, under an explicit
/// <c>--Odoo:Mode</c> (the last value of a key on the command line wins). The AppHost runs as a Development
/// environment unless told otherwise: Aspire then has every resource export its telemetry each second, so the
/// dashboard's Traces and Metrics follow the traffic (in Production metrics are exported once a minute).
/// </summary>
internal static class AppHostArguments
{
    /// <summary>Drops the database and re-creates it (from the template) at this start.</summary>
    public const string ResetSwitch = "--reset";

    /// <summary>The environment variable scripts and test runs use to choose the Odoo mode.</summary>
    public const string OdooModeVariable = "ODOOASPIRE_ODOO_MODE";

    /// <summary>The environment the AppHost runs as when neither its command line nor its environment names one.</summary>
    public const string DefaultEnvironment = "Development";

    public static string[] Expand(IReadOnlyList<string> args) =>
        Expand(args, Environment.GetEnvironmentVariable(OdooModeVariable), EnvironmentNamed());

    public static string[] Expand(IReadOnlyList<string> args, string? odooModeVariable, bool environmentNamed = false)
    {
        ArgumentNullException.ThrowIfNull(args);
        var result = new List<string>(args.Count + 2);
        if (!environmentNamed && !args.Any(a => a.StartsWith("--environment", StringComparison.OrdinalIgnoreCase)))
        {
            result.Add($"--environment={DefaultEnvironment}");
        }

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

    private static bool EnvironmentNamed() =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT"));
}
