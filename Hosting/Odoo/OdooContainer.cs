using System.Security.Cryptography;
using System.Text;
using OdooAspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Containers;

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

    public static string Image(OdooOptions options) => $"{options.Image}:{options.Version}";

    /// <summary>One folder: /mnt/extra-addons itself (the image's convention); several: /mnt/extra-addons/1, /2, ….</summary>
    public static IReadOnlyList<ContainerMountAnnotation> AddonsMounts(IReadOnlyList<string> hostFolders) =>
        hostFolders.Count == 1
            ? [new ContainerMountAnnotation(hostFolders[0], AddonsRoot, IsBindMount: true, IsReadOnly: true)]
            : [.. hostFolders.Select((folder, i) => new ContainerMountAnnotation(folder, $"{AddonsRoot}/{i + 1}", IsBindMount: true, IsReadOnly: true))];

    /// <summary>The volume of /var/lib/odoo: one per resource and data folder, so it survives runs and --reset keeps other environments'.</summary>
    public static string VolumeName(string resourceName, string dataPath) =>
        $"odooaspire-{resourceName}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.TrimEndingDirectorySeparator(Path.GetFullPath(dataPath)))))[..8]}";

    /// <summary>
    /// The container of one Odoo run: <paramref name="launchName"/> is the resource's name for the server and a
    /// derived name for the one-off install (both cannot share a container name).
    /// </summary>
    public static ContainerLaunch Describe(
        string launchName,
        OdooResource odoo,
        string hostConfigFile,
        string volume,
        IReadOnlyList<ContainerMountAnnotation> addons,
        IReadOnlyDictionary<string, string> environment,
        IReadOnlyList<string> arguments,
        bool publishPorts)
    {
        ArgumentNullException.ThrowIfNull(odoo);
        return new ContainerLaunch(launchName, Image(odoo.Options), ContainerLifetime.Session)
        {
            Environment = environment,
            // The image's entrypoint waits for the database named in odoo.conf, then runs odoo with these arguments.
            Arguments = arguments,
            Ports = publishPorts
                ? [(odoo.HttpEndpoint.Allocated.Port, HttpPort), (odoo.WebsocketEndpoint.Allocated.Port, GeventPort)]
                : [],
            Mounts =
            [
                new ContainerMountAnnotation(hostConfigFile, ConfigFile, IsBindMount: true, IsReadOnly: true),
                new ContainerMountAnnotation(volume, DataDirectory, IsBindMount: false, IsReadOnly: false),
                .. addons,
            ],
        };
    }
}
