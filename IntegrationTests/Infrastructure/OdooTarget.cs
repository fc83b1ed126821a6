namespace OdooAspire.IntegrationTests.Infrastructure;

/// <summary>
/// Which Odoo the graph runs: the simulator unless the environment asks for a real one
/// (<c>Odoo__Mode=Source</c> with <c>Odoo__SourcePath</c>, or <c>Container</c>), so the same tests run against both.
/// </summary>
internal static class OdooTarget
{
    private static readonly string? RequestedMode =
        Environment.GetEnvironmentVariable("Odoo__Mode") ?? Environment.GetEnvironmentVariable("ODOOASPIRE_ODOO_MODE");

    /// <summary>Arguments that pin the mode: the simulator by default, nothing when the environment chose.</summary>
    public static IEnumerable<string> ModeArguments =>
        string.IsNullOrEmpty(RequestedMode) ? ["--Odoo:Mode", "Simulator"] : [];

    /// <summary>True when the tests run against the simulator.</summary>
    public static bool IsSimulator =>
        string.IsNullOrEmpty(RequestedMode) || string.Equals(RequestedMode, "Simulator", StringComparison.OrdinalIgnoreCase);
}
