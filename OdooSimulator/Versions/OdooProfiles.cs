using OdooAspire.OdooSimulator.Configuration;
using OdooAspire.OdooSimulator.Versions.Odoo17;
using OdooAspire.OdooSimulator.Versions.Odoo18;
using OdooAspire.OdooSimulator.Versions.Odoo19;

namespace OdooAspire.OdooSimulator.Versions;

/// <summary>The three versions the simulator can speak, and the choice among them from configuration.</summary>
internal static class OdooProfiles
{
    /// <summary>The configuration key (environment variable <c>Odoo__Version</c>).</summary>
    public const string VersionKey = "Odoo:Version";

    private static readonly string[] PresenceWithImStatus = ["inactivity_period", "im_status_ids_by_model"];

    public static OdooProfile Odoo17 { get; } = new()
    {
        Series = "17.0",
        Major = 17,
        BusVersion = "17.0-1",
        PingInterval = TimeSpan.FromSeconds(45),
        IgnoresLivenessProbe = false,
        PresenceFields = PresenceWithImStatus,
        Presence = new UnannouncedPresence(),
        Dialect = new Odoo17Dialect(),
    };

    public static OdooProfile Odoo18 { get; } = new()
    {
        Series = "18.0",
        Major = 18,
        BusVersion = "18.0-5",
        PingInterval = TimeSpan.FromSeconds(45),
        IgnoresLivenessProbe = false,
        PresenceFields = PresenceWithImStatus,
        Presence = new UnannouncedPresence(),
        Dialect = new Odoo18Dialect(),
    };

    public static OdooProfile Odoo19 { get; } = new()
    {
        Series = "19.0",
        Major = 19,
        BusVersion = "19.0-2",
        PingInterval = TimeSpan.FromSeconds(40),
        IgnoresLivenessProbe = true,
        PresenceFields = ["inactivity_period"],
        Presence = new Odoo19Presence(),
        Dialect = new Odoo19Dialect(),
    };

    /// <summary>What runs when <c>Odoo:Version</c> is not set.</summary>
    public static OdooProfile Default => Odoo18;

    public static IReadOnlyList<OdooProfile> All { get; } = [Odoo17, Odoo18, Odoo19];

    /// <summary>The profile named by <paramref name="version"/>; the default when it is empty.</summary>
    /// <exception cref="OdooConfException">The value names no supported version.</exception>
    public static OdooProfile Select(string? version)
    {
        if (string.IsNullOrWhiteSpace(version))
        {
            return Default;
        }

        return All.FirstOrDefault(p => string.Equals(p.Series, version.Trim(), StringComparison.Ordinal))
            ?? throw new OdooConfException(
                $"configuration: {VersionKey} (environment variable Odoo__Version) is '{version}', "
                + $"but the simulator speaks only {string.Join(", ", All.Select(p => p.Series))}. Set it to one of those.");
    }
}
