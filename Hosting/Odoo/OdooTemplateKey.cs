using System.Security.Cryptography;
using System.Text;

namespace OdooAspire.Hosting.Odoo;

/// <summary>
/// What a freshly initialised database depends on: the Odoo version, the installed modules with their manifest
/// versions, and whether demo data is loaded. Equal keys mean a template database can stand in for an install.
/// </summary>
internal sealed record OdooTemplateKey(string OdooVersion, bool WithoutDemo, IReadOnlyList<string> Modules, IReadOnlyList<OdooManifest> Installed)
{
    /// <summary>Prefix of the template databases; never a name Odoo:Database may take by accident.</summary>
    public const string DatabasePrefix = "oa_tpl_";

    /// <summary>The canonical text the hash covers (also written next to the template for people to read).</summary>
    public string Text =>
        $"odoo={OdooVersion}\n"
        + $"without_demo={WithoutDemo}\n"
        + $"modules={string.Join(',', Modules.Order(StringComparer.Ordinal))}\n"
        + $"manifests={string.Join(',', Installed.OrderBy(m => m.Module, StringComparer.Ordinal).Select(m => $"{m.Module}@{m.Version}"))}\n";

    /// <summary>12 hex characters of SHA-256 over <see cref="Text"/>.</summary>
    public string Hash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text)))[..12];

    /// <summary>The complete template database.</summary>
    public string DatabaseName => DatabasePrefix + Hash;

    /// <summary>Where a template is built; renamed to <see cref="DatabaseName"/> only once Odoo's install succeeded.</summary>
    public string BuildDatabaseName => DatabaseName + "_build";

    /// <summary>
    /// Whether the template whose <see cref="Text"/> is <paramref name="otherText"/> is an older build of this one: the
    /// same Odoo version, module list and demo setting, other manifest versions (an addon was changed). Templates of
    /// another Odoo version or module list are not superseded: switching trees must not throw the other's away.
    /// </summary>
    public bool Supersedes(string otherText)
    {
        ArgumentNullException.ThrowIfNull(otherText);
        var mine = Text.Split('\n');
        var other = otherText.Split('\n');
        return other.Length == mine.Length && otherText != Text && mine.Zip(other).All(p => p.First == p.Second || p.First.StartsWith("manifests=", StringComparison.Ordinal));
    }

    public static OdooTemplateKey Create(string odooVersion, bool withoutDemo, IReadOnlyList<string> modules, IReadOnlyList<string> addonsPaths) =>
        new(odooVersion, withoutDemo, modules, new OdooModuleCatalog(addonsPaths).Closure(modules));
}
