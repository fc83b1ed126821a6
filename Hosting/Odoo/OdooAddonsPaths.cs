using Microsoft.Extensions.Configuration;

namespace OdooAspire.Hosting.Odoo;

/// <summary>The user's extra addons folders (<c>Odoo:AddonsPaths</c>): read, resolved and checked before Odoo sees them.</summary>
internal static class OdooAddonsPaths
{
    /// <summary>The setting as one comma-separated value, whether it was given as a string or as an array.</summary>
    public static string? Read(IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        if (!string.IsNullOrWhiteSpace(section.Value))
        {
            return section.Value;
        }

        var items = section.GetChildren().Select(c => c.Value).Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
        return items.Count == 0 ? null : string.Join(',', items);
    }

    /// <summary>
    /// Full paths of the comma-separated folders (relative ones against <paramref name="baseDirectory"/>); each must
    /// exist and hold at least one module (a folder with a __manifest__.py), as Odoo requires.
    /// </summary>
    public static IReadOnlyList<string> Resolve(string? value, string baseDirectory)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return [];
        }

        var result = new List<string>();
        foreach (var item in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var path = Path.GetFullPath(item, baseDirectory);
            if (!Directory.Exists(path))
            {
                throw new InvalidOperationException($"Odoo:AddonsPaths: the folder '{path}' does not exist.");
            }

            if (!Directory.EnumerateDirectories(path).Any(d => File.Exists(Path.Combine(d, OdooManifest.FileName))))
            {
                throw new InvalidOperationException(
                    $"Odoo:AddonsPaths: '{path}' is not an addons folder: none of its sub-folders has a {OdooManifest.FileName}. "
                    + "Give the folder that contains the modules, not a module itself.");
            }

            if (!result.Contains(path, StringComparer.Ordinal))
            {
                result.Add(path);
            }
        }

        return result;
    }
}
