using System.Security.Cryptography;
using System.Text;

namespace OdooAspire.Hosting.Odoo;

/// <summary>
/// Container mode: the official image (<c>odoo:&lt;version&gt;</c>) with the generated odoo.conf mounted at
/// /etc/odoo/odoo.conf, a named volume for /var/lib/odoo (filestore, sessions) kept between runs, the user's addons
/// folders mounted read-only under /mnt/extra-addons, and the database reached by name on the session network.
/// </summary>
internal static class OdooContainer
{
    public const int HttpPort = 8069;
    public const int GeventPort = 8072;
    public const string ConfigFile = "/etc/odoo/odoo.conf";
    public const string DataDirectory = "/var/lib/odoo";
    public const string AddonsRoot = "/mnt/extra-addons";

    public static string Image(OdooOptions options) => $"{options.Image}:{Tag(options)}";

    /// <summary>The image tag: the Odoo series (<c>Odoo:Version</c>).</summary>
    public static string Tag(OdooOptions options) => OdooVersion.Configured(options).Series;

    /// <summary>The registry part of <c>Odoo:Image</c> (null for a local image such as localhost/odooaspire/odoo).</summary>
    public static string? Registry(OdooOptions options) =>
        options.Image.Split('/') is { Length: > 1 } parts && (parts[0].Contains('.', StringComparison.Ordinal) || parts[0].Contains(':', StringComparison.Ordinal))
            ? parts[0]
            : null;

    /// <summary>The image name without its registry (<c>library/odoo</c>, <c>localhost/odooaspire/odoo</c>).</summary>
    public static string ImageName(OdooOptions options) => Registry(options) is { } registry ? options.Image[(registry.Length + 1)..] : options.Image;

    /// <summary>One folder: /mnt/extra-addons itself (the image's convention); several: /mnt/extra-addons/1, /2, ….</summary>
    public static IReadOnlyList<(string Source, string Target)> AddonsMounts(IReadOnlyList<string> hostFolders) =>
        hostFolders.Count == 1
            ? [(hostFolders[0], AddonsRoot)]
            : [.. hostFolders.Select((folder, i) => (folder, $"{AddonsRoot}/{i + 1}"))];

    /// <summary>The volume of /var/lib/odoo: one per resource and data folder, so it survives runs and --reset keeps other environments'.</summary>
    public static string VolumeName(string resourceName, string dataPath) =>
        $"odooaspire-{resourceName}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.TrimEndingDirectorySeparator(Path.GetFullPath(dataPath)))))[..8]}";
}
