namespace OdooAspire.IntegrationTests.Infrastructure;

/// <summary>
/// Which Odoo the graph runs: the simulator unless the environment asks for a real one
/// (<c>Odoo__Mode</c> or <c>ODOOASPIRE_ODOO_MODE</c> = <c>Source</c> with <c>Odoo__SourcePath</c>, or
/// <c>Container</c>), so the same tests run against both; and which version (<c>Odoo__Version</c>: the simulator's
/// profile or the image tag; a source tree is the version its odoo/release.py says), so they run against 17.0, 18.0
/// and 19.0.
/// </summary>
internal static class OdooTarget
{
    private static readonly string? RequestedMode =
        Environment.GetEnvironmentVariable("Odoo__Mode") is { Length: > 0 } mode ? mode : Environment.GetEnvironmentVariable("ODOOASPIRE_ODOO_MODE");

    private static readonly string? RequestedVersion =
        Environment.GetEnvironmentVariable("Odoo__Version") is { Length: > 0 } version ? version : null;

    /// <summary>Arguments that pin the mode (the one the environment chose, else the simulator) and the version asked for.</summary>
    public static IEnumerable<string> ModeArguments =>
    [
        "--Odoo:Mode", string.IsNullOrEmpty(RequestedMode) ? "Simulator" : RequestedMode,
        .. RequestedVersion is null ? Array.Empty<string>() : ["--Odoo:Version", RequestedVersion],
    ];

    /// <summary>True when the tests run against the simulator.</summary>
    public static bool IsSimulator =>
        string.IsNullOrEmpty(RequestedMode) || string.Equals(RequestedMode, "Simulator", StringComparison.OrdinalIgnoreCase);
}
