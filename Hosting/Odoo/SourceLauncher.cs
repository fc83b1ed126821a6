using System.Text.RegularExpressions;
using OdooAspire.Hosting.Orchestration;

namespace OdooAspire.Hosting.Odoo;

/// <summary>
/// Source mode: <c>python3 odoo-bin</c> from a local Odoo source tree (dependencies from the OS packages, checked
/// before start), addons path = the tree's addons folders plus <c>Odoo:AddonsPaths</c>
/// (relative paths, like Odoo:SourcePath, against the current folder).
/// </summary>
internal sealed partial class SourceLauncher(IReadOnlyList<PythonRequirement> requirements) : IOdooLauncher
{
    public OdooMode Mode => OdooMode.Source;

    public async Task<OdooCommand> PrepareAsync(OdooResource odoo, ResourceStartContext context, CancellationToken cancellationToken)
    {
        var source = odoo.Options.SourcePath
            ?? throw new InvalidOperationException("Odoo:Mode is Source but Odoo:SourcePath is not set: point it at the folder holding odoo-bin.");
        var root = Path.GetFullPath(source);
        var odooBin = Path.Combine(root, "odoo-bin");
        if (!File.Exists(odooBin))
        {
            throw new FileNotFoundException($"Odoo:SourcePath '{source}' has no odoo-bin.", odooBin);
        }

        if (!File.Exists(odoo.Options.Python))
        {
            throw new FileNotFoundException($"The python interpreter '{odoo.Options.Python}' (Odoo:Python) does not exist.", odoo.Options.Python);
        }

        context.ReportStatus("checking python modules");
        var missing = await PythonModuleCheck.FindMissingAsync(odoo.Options.Python, requirements, cancellationToken);
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(PythonModuleCheck.Describe(odoo.Options.Python, missing));
        }

        string[] treeAddons = [Path.Combine(root, "odoo", "addons"), Path.Combine(root, "addons")];
        var addonsPaths = treeAddons.Where(Directory.Exists)
            .Concat(OdooAddonsPaths.Resolve(odoo.Options.AddonsPaths, Environment.CurrentDirectory))
            .ToList();
        return new OdooCommand(odoo.Options.Python, [odooBin], root)
        {
            AddonsPaths = addonsPaths,
            OdooVersion = ReadVersion(root),
        };
    }

    /// <summary>The tree's exact release (odoo/release.py's version_info), e.g. "18, 0, 0, FINAL, 0, ''".</summary>
    internal static string ReadVersion(string root)
    {
        var release = Path.Combine(root, "odoo", "release.py");
        var line = File.Exists(release) ? File.ReadLines(release).Select(l => VersionInfo().Match(l)).FirstOrDefault(m => m.Success) : null;
        return line?.Groups["value"].Value.Trim()
               ?? throw new InvalidOperationException($"Odoo:SourcePath '{root}' is not an Odoo tree: {release} has no version_info.");
    }

    [GeneratedRegex(@"^version_info\s*=\s*\((?<value>[^)]*)\)")]
    private static partial Regex VersionInfo();
}
