using Aspire.Hosting;
using OdooAspire.Hosting.Secrets;

namespace Aspire.Hosting;

/// <summary>
/// The environment's state folder (<c>DataPath</c>): databases, filestores, generated odoo.conf and secrets.
/// $XDG_DATA_HOME/odooaspire or ~/.local/share/odooaspire; as root /var/lib/odooaspire, because PostgreSQL then
/// runs as the unprivileged postgres user, which cannot enter root's home.
/// </summary>
public static class DataFolderExtensions
{
    /// <summary>The configuration key of the state folder.</summary>
    public const string DataPathKey = "DataPath";

    private const string FolderName = "odooaspire";

    /// <summary>The absolute state folder of this AppHost (created when missing).</summary>
    public static string GetDataPath(this IDistributedApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configured = builder.Configuration[DataPathKey];
        var path = Path.GetFullPath(string.IsNullOrWhiteSpace(configured)
            ? DefaultDataPath(Environment.GetEnvironmentVariable("XDG_DATA_HOME"), Environment.UserName == "root")
            : configured);
        Directory.CreateDirectory(path);
        // Everything that reads DataPath later (the console, running.json) sees the same folder.
        builder.Configuration[DataPathKey] = path;
        return path;
    }

    /// <summary>
    /// A secret parameter whose value is <c>Parameters:name</c> when configured, else generated once and kept in
    /// the state folder's secrets.json (0600), so it stays what the data (a PostgreSQL role, an Odoo database) holds.
    /// </summary>
    public static IResourceBuilder<ParameterResource> AddStoredSecret(this IDistributedApplicationBuilder builder, [ResourceName] string name)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var key = $"Parameters:{name}";
        if (string.IsNullOrEmpty(builder.Configuration[key]))
        {
            builder.Configuration[key] = new SecretStore(Path.Combine(builder.GetDataPath(), "secrets.json")).GetOrCreate(name);
        }

        return builder.AddParameter(name, secret: true);
    }

    internal static string DefaultDataPath(string? xdgDataHome, bool isRoot)
    {
        if (isRoot)
        {
            return Path.Combine("/var/lib", FolderName);
        }

        var baseDirectory = string.IsNullOrEmpty(xdgDataHome)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share")
            : xdgDataHome;
        return Path.Combine(baseDirectory, FolderName);
    }
}
