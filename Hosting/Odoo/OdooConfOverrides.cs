using System.Text.RegularExpressions;

namespace OdooAspire.Hosting.Odoo;

/// <summary>
/// Checks the user's raw odoo.conf options (<c>Odoo:Options:key</c>). They override the generated defaults, except
/// the keys the environment must control (or that have their own setting): those are refused with what to use instead.
/// </summary>
internal static partial class OdooConfOverrides
{
    private static readonly Dictionary<string, string> Controlled = new(StringComparer.Ordinal)
    {
        ["db_host"] = "the environment connects Odoo to its own PostgreSQL resource",
        ["db_port"] = "the environment connects Odoo to its own PostgreSQL resource",
        ["db_user"] = "the environment connects Odoo with its dedicated role (Postgres:ApplicationUser)",
        ["db_password"] = "the role's password is generated and kept in the secret store",
        ["db_name"] = "use Odoo:Database",
        ["dbfilter"] = "the environment pins Odoo to Odoo:Database",
        ["http_port"] = "the host allocates the ports; use Odoo:HttpPort",
        ["gevent_port"] = "the host allocates the ports; use Odoo:WebsocketPort",
        ["longpolling_port"] = "the host allocates the ports; use Odoo:WebsocketPort",
        ["http_interface"] = "the host decides where Odoo listens",
        ["data_dir"] = "the filestore lives under DataPath",
        ["workers"] = "use Odoo:Workers (the gateway's /websocket route depends on it)",
        ["max_cron_threads"] = "use Odoo:MaxCronThreads",
        ["without_demo"] = "use Odoo:WithoutDemo",
        ["log_level"] = "use Odoo:LogLevel",
        ["admin_passwd"] = "use Odoo:AdminPassword",
        ["addons_path"] = "use Odoo:AddonsPaths",
    };

    /// <summary>The options with lower-case keys, sorted; throws a clear error naming the first bad key.</summary>
    public static IReadOnlyDictionary<string, string> Validate(IReadOnlyDictionary<string, string> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (rawKey, value) in options)
        {
            var key = rawKey.ToLowerInvariant();
            if (Controlled.TryGetValue(key, out var reason))
            {
                throw new InvalidOperationException($"Odoo:Options:{rawKey} cannot be set: {reason}.");
            }

            if (!KeyPattern().IsMatch(key))
            {
                throw new InvalidOperationException($"Odoo:Options:{rawKey} is not an odoo.conf option name (letters, digits and '_').");
            }

            if (value.AsSpan().IndexOfAny('\n', '\r') >= 0)
            {
                throw new InvalidOperationException($"Odoo:Options:{rawKey} cannot contain a line break.");
            }

            result[key] = value;
        }

        return result;
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex KeyPattern();
}
