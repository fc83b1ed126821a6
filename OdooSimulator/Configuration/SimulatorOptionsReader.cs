using System.Globalization;
using Microsoft.Extensions.Configuration;
using OdooAspire.OdooSimulator.Versions;

namespace OdooAspire.OdooSimulator.Configuration;

/// <summary>
/// Turns odoo.conf values (plus <c>-d</c>) and the .NET configuration (the environment: <c>Odoo:Version</c>,
/// <c>ODOO_BUS_PUBLIC_SAMESITE_WS</c>) into validated <see cref="SimulatorOptions"/>.
/// </summary>
internal static class SimulatorOptionsReader
{
    public const string PublicSameSiteVariable = "ODOO_BUS_PUBLIC_SAMESITE_WS";

    public static SimulatorOptions Load(SimulatorArguments arguments, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(configuration);
        var profile = OdooProfiles.Select(configuration[OdooProfiles.VersionKey]);
        string text;
        try
        {
            text = File.ReadAllText(arguments.ConfigPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OdooConfException($"cannot read the configuration file '{arguments.ConfigPath}': {ex.Message}", ex);
        }

        return Read(OdooConfFile.Parse(text), arguments.Database, configuration[PublicSameSiteVariable]) with { Profile = profile };
    }

    public static SimulatorOptions Read(IReadOnlyDictionary<string, string> values, string? database, string? publicSameSite)
    {
        ArgumentNullException.ThrowIfNull(values);
        var dbUser = Required(values, "db_user");
        if (string.Equals(dbUser, "postgres", StringComparison.Ordinal))
        {
            // Same refusal as Odoo, so a configuration that works here also works with the real server.
            throw new OdooConfException("odoo.conf: Using the database user 'postgres' is a security risk, aborting. Use a dedicated role.");
        }

        var dbName = string.IsNullOrWhiteSpace(database) ? Optional(values, "db_name") : database;
        if (string.IsNullOrWhiteSpace(dbName))
        {
            throw new OdooConfException("odoo.conf: db_name is required (or pass -d <database>).");
        }

        return new SimulatorOptions
        {
            HttpInterface = Optional(values, "http_interface") ?? "127.0.0.1",
            HttpPort = Port(values, "http_port", 8069),
            GeventPort = Port(values, "gevent_port", 8072),
            Workers = Integer(values, "workers", 0, 0),
            ProxyMode = Boolean(values, "proxy_mode", false),
            DbHost = Required(values, "db_host"),
            DbPort = Port(values, "db_port", 5432),
            DbUser = dbUser,
            DbPassword = Optional(values, "db_password") ?? string.Empty,
            DbName = dbName,
            DbFilter = Optional(values, "dbfilter") ?? string.Empty,
            AdminPassword = Optional(values, "admin_passwd") ?? "admin",
            ListDb = Boolean(values, "list_db", true),
            LogLevel = Optional(values, "log_level") ?? "info",
            PublicSameSiteWebsocket = !string.IsNullOrEmpty(publicSameSite),
        };
    }

    // odoo.conf writes unset values as "False" (or leaves them empty).
    private static string? Optional(IReadOnlyDictionary<string, string> values, string key) =>
        values.TryGetValue(key, out var value) && value.Length > 0 && !string.Equals(value, "False", StringComparison.OrdinalIgnoreCase)
            ? value
            : null;

    private static string Required(IReadOnlyDictionary<string, string> values, string key) =>
        Optional(values, key) ?? throw new OdooConfException($"odoo.conf: {key} is required.");

    private static int Port(IReadOnlyDictionary<string, string> values, string key, int fallback)
    {
        var port = Integer(values, key, fallback, 0);
        return port <= 65535 ? port : throw new OdooConfException($"odoo.conf: {key} must be a TCP port (0-65535), got {port}.");
    }

    private static int Integer(IReadOnlyDictionary<string, string> values, string key, int fallback, int minimum)
    {
        var text = Optional(values, key);
        if (text is null)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < minimum)
        {
            throw new OdooConfException($"odoo.conf: {key} must be an integer >= {minimum}, got '{text}'.");
        }

        return value;
    }

    private static bool Boolean(IReadOnlyDictionary<string, string> values, string key, bool fallback)
    {
        if (!values.TryGetValue(key, out var text) || text.Length == 0)
        {
            return fallback;
        }

        return text.ToUpperInvariant() switch
        {
            "TRUE" or "1" or "YES" or "ON" => true,
            "FALSE" or "0" or "NO" or "OFF" => false,
            _ => throw new OdooConfException($"odoo.conf: {key} must be True or False, got '{text}'."),
        };
    }
}
