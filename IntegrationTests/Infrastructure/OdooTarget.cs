namespace OdooAspire.IntegrationTests.Infrastructure;

/// <summary>
/// Which Odoo the graph runs: the simulator unless the environment asks for a real one
/// (<c>Odoo__Mode</c> or <c>ODOOASPIRE_ODOO_MODE</c> = <c>Source</c> with <c>Odoo__SourcePath</c>, or
/// <c>Container</c>), so the same tests run against both.
/// </summary>
internal static class OdooTarget
{
    private static readonly string? RequestedMode =
        Environment.GetEnvironmentVariable("Odoo__Mode") is { Length: > 0 } mode ? mode : Environment.GetEnvironmentVariable("ODOOASPIRE_ODOO_MODE");

    /// <summary>Arguments that pin the mode: the one the environment chose, else the simulator.</summary>
    public static IEnumerable<string> ModeArguments =>
        ["--Odoo:Mode", string.IsNullOrEmpty(RequestedMode) ? "Simulator" : RequestedMode];

    /// <summary>True when the tests run against the simulator.</summary>
    public static bool IsSimulator =>
        string.IsNullOrEmpty(RequestedMode) || string.Equals(RequestedMode, "Simulator", StringComparison.OrdinalIgnoreCase);
}
