namespace OdooAspire.Hosting.Tests.Odoo.Fixtures;

/// <summary>The real Odoo source tree the Source-mode tests run, from <c>ODOO_SOURCE</c> or <c>Odoo__SourcePath</c>.</summary>
internal static class OdooSource
{
    public const string Variable = "ODOO_SOURCE";

    public static string? Path { get; } =
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } source ? source
        : Environment.GetEnvironmentVariable("Odoo__SourcePath") is { Length: > 0 } configured ? configured
        : null;

    /// <summary>Why the real-Odoo tests cannot run here, or null.</summary>
    public static string? UnavailableReason { get; } =
        Path is null
            ? $"No Odoo source tree on this machine: set {Variable} (or Odoo__SourcePath) to a folder holding odoo-bin to run the real-Odoo tests"
            : !File.Exists(System.IO.Path.Combine(Path, "odoo-bin"))
                ? $"{Variable}='{Path}' has no odoo-bin"
                : null;
}
