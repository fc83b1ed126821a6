using System.Text.Json.Nodes;

namespace OdooAspire.OdooSimulator.Versions;

/// <summary>
/// The Odoo version the simulator speaks: everything that differs between 17.0, 18.0 and 19.0 on the wire, chosen
/// once at start (<c>Odoo:Version</c>) and injected. Numbers and names are data here; JSON shapes are the
/// <see cref="Dialect"/>'s.
/// </summary>
internal sealed record OdooProfile
{
    /// <summary>The series, as <c>server_version</c> and <c>server_serie</c> give it: <c>17.0</c>, <c>18.0</c>, <c>19.0</c>.</summary>
    public required string Series { get; init; }

    /// <summary>The major number of <c>server_version_info</c>.</summary>
    public required int Major { get; init; }

    /// <summary>The bus websocket worker version (the <c>version</c> query, <c>websocket_worker_version</c>).</summary>
    public required string BusVersion { get; init; }

    /// <summary>A ping goes out once nothing was sent or received for this long (17/18: 45 s, 19: 40 s).</summary>
    public required TimeSpan PingInterval { get; init; }

    /// <summary>Whether the bus ignores the 1-byte binary <c>0x00</c> liveness probe of the web client (19).</summary>
    public required bool IgnoresLivenessProbe { get; init; }

    /// <summary>
    /// The keys <c>update_presence</c> takes, all required and no others: Odoo passes them as keyword arguments,
    /// so a missing or an extra key raises server-side and the persona does not become present.
    /// </summary>
    public required IReadOnlyList<string> PresenceFields { get; init; }

    /// <summary>Which presence channels a socket hears and what a presence change sends.</summary>
    public required IPresenceDialect Presence { get; init; }

    /// <summary>The LiveChat routes and JSON shapes of this version.</summary>
    public required ILiveChatDialect Dialect { get; init; }

    /// <summary><c>server_version_info</c>: <c>[major, 0, 0, "final", 0, ""]</c>.</summary>
    public JsonArray ServerVersionInfo() => new(Major, 0, 0, "final", 0, string.Empty);

    public override string ToString() => $"Odoo {Series}";
}
