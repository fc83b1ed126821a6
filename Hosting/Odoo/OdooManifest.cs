using System.Text.RegularExpressions;

namespace OdooAspire.Hosting.Odoo;

/// <summary>What the host reads from a module's __manifest__.py: its version and its dependencies.</summary>
/// <remarks><see cref="AutoInstallTrigger"/>: null when the module is not auto-installed, else the modules whose
/// installation brings it in (all of <see cref="Depends"/> for <c>'auto_install': True</c>).</remarks>
internal sealed partial record OdooManifest(string Module, string Version, IReadOnlyList<string> Depends, string Folder)
{
    public IReadOnlyList<string>? AutoInstallTrigger { get; init; }

    public const string FileName = "__manifest__.py";

    /// <summary>Reads the manifest in <paramref name="moduleFolder"/>; a manifest without a version counts as Odoo's default "1.0".</summary>
    public static OdooManifest Read(string moduleFolder)
    {
        var text = File.ReadAllText(Path.Combine(moduleFolder, FileName));
        var version = VersionPattern().Match(text) is { Success: true } v ? v.Groups["value"].Value : "1.0";
        var depends = DependsPattern().Match(text) is { Success: true } d
            ? QuotedPattern().Matches(d.Groups["list"].Value).Select(m => m.Groups["value"].Value).ToList()
            : [];
        IReadOnlyList<string>? trigger = AutoInstallPattern().Match(text) switch
        {
            { Success: true } a when a.Groups["list"].Success => [.. QuotedPattern().Matches(a.Groups["list"].Value).Select(m => m.Groups["value"].Value)],
            { Success: true } a when a.Groups["flag"].Value == "True" => depends,
            _ => null,
        };
        return new OdooManifest(Path.GetFileName(Path.TrimEndingDirectorySeparator(moduleFolder)), version, depends, moduleFolder)
        {
            AutoInstallTrigger = trigger,
        };
    }

    [GeneratedRegex("""['"]auto_install['"]\s*:\s*(?:(?<flag>True|False)|[\[(](?<list>[^\])]*)[\])])""")]
    private static partial Regex AutoInstallPattern();

    [GeneratedRegex("""['"]version['"]\s*:\s*['"](?<value>[^'"]*)['"]""")]
    private static partial Regex VersionPattern();

    [GeneratedRegex("""['"]depends['"]\s*:\s*[\[(](?<list>[^\])]*)[\])]""")]
    private static partial Regex DependsPattern();

    [GeneratedRegex("""['"](?<value>[^'"]+)['"]""")]
    private static partial Regex QuotedPattern();
}
