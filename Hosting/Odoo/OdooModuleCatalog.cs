namespace OdooAspire.Hosting.Odoo;

/// <summary>
/// The modules on an addons path (first folder wins, as in Odoo), and which ones an install of some modules brings
/// in: their dependencies and the auto-install modules whose triggers are then all installed.
/// </summary>
internal sealed class OdooModuleCatalog
{
    private readonly IReadOnlyList<string> _addonsPaths;
    private readonly Dictionary<string, OdooManifest> _modules = new(StringComparer.Ordinal);

    public OdooModuleCatalog(IReadOnlyList<string> addonsPaths)
    {
        _addonsPaths = addonsPaths;
        foreach (var path in addonsPaths.Where(Directory.Exists))
        {
            foreach (var folder in Directory.EnumerateDirectories(path).Order(StringComparer.Ordinal))
            {
                if (File.Exists(Path.Combine(folder, OdooManifest.FileName)))
                {
                    _modules.TryAdd(Path.GetFileName(folder), OdooManifest.Read(folder));
                }
            }
        }
    }

    /// <summary>
    /// What installing <paramref name="modules"/> on a new database installs, sorted by name; throws a clear
    /// error naming a module that is on none of the addons folders.
    /// </summary>
    public IReadOnlyList<OdooManifest> Closure(IEnumerable<string> modules)
    {
        var found = new SortedDictionary<string, OdooManifest>(StringComparer.Ordinal);
        AddWithDependencies(found, modules.Append("base"), "Odoo:Modules");
        bool added;
        do
        {
            var triggered = _modules.Values
                .Where(m => m.AutoInstallTrigger is not null && !found.ContainsKey(m.Module) && m.AutoInstallTrigger.All(found.ContainsKey))
                .ToList();
            foreach (var module in triggered)
            {
                AddWithDependencies(found, [module.Module], "auto_install");
            }

            added = triggered.Count > 0;
        }
        while (added);

        return [.. found.Values];
    }

    private void AddWithDependencies(SortedDictionary<string, OdooManifest> found, IEnumerable<string> modules, string requiredBy)
    {
        var pending = new Stack<(string Module, string RequiredBy)>(modules.Select(m => (m, requiredBy)));
        while (pending.TryPop(out var next))
        {
            if (found.ContainsKey(next.Module))
            {
                continue;
            }

            var manifest = _modules.GetValueOrDefault(next.Module) ?? throw new InvalidOperationException(
                $"The Odoo module '{next.Module}' (needed by {next.RequiredBy}) is in none of the addons folders: "
                + $"{string.Join(", ", _addonsPaths)}. Check Odoo:Modules and Odoo:AddonsPaths.");
            found[next.Module] = manifest;
            foreach (var dependency in manifest.Depends)
            {
                pending.Push((dependency, next.Module));
            }
        }
    }
}
