using System.Globalization;
using System.Text.Json;
using OdooAspire.Odoo.Client.Dialects;

namespace OdooAspire.Odoo.Client;

/// <summary>
/// The version of the Odoo server a client talks to, read from the server at run time: its series (<c>17.0</c>,
/// <c>18.0</c>, <c>19.0</c>) chooses how LiveChat and the bus are spoken, its bus version is the <c>version</c> query
/// of <c>/websocket</c>.
/// </summary>
/// <param name="Series">The server's series, e.g. <c>18.0</c> (<c>server_serie</c>).</param>
/// <param name="BusVersion">The bus protocol version (<c>websocket_worker_version</c>), e.g. <c>18.0-5</c>.</param>
public sealed record OdooVersion(string Series, string BusVersion)
{
    /// <summary>The major version: 17, 18, 19 (a <c>saas~18.2</c> series is 18).</summary>
    public int Major => ParseMajor(Series);

    /// <summary>Where this version's web client opens Discuss (<c>/odoo/discuss</c> from 18.0 on).</summary>
    public string DiscussPath => LiveChatDialect.For(this).DiscussPath;

    /// <summary>
    /// From the result of <c>/web/session/authenticate</c>: the series from <c>server_version_info</c> and the bus
    /// version the server announces (<c>websocket_worker_version</c>), the only reliable source of it, since 19.0
    /// changes it within the series.
    /// </summary>
    public static OdooVersion FromSessionInfo(JsonElement sessionInfo)
    {
        var busVersion = sessionInfo.TryGetProperty("websocket_worker_version", out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()
            : null;
        var series = SeriesOf(sessionInfo) ?? (busVersion is null ? null : SeriesOfBusVersion(busVersion))
            ?? throw new InvalidOperationException(
                "/web/session/authenticate answered without server_version_info or websocket_worker_version: a refused " +
                "(e.g. two-factor) login answers {\"uid\": null}; otherwise, is this an Odoo server with the bus module?");
        return new OdooVersion(series, busVersion ?? LiveChatDialect.For(ParseMajor(series)).ReleasedBusVersion);
    }

    /// <summary>
    /// From the result of <c>/web/webclient/version_info</c> (a public route): the series, and the bus version the
    /// series was released with (a server of a later 19.0 build may announce a newer one at login).
    /// </summary>
    public static OdooVersion FromVersionInfo(JsonElement versionInfo)
    {
        var series = versionInfo.TryGetProperty("server_serie", out var s) && s.ValueKind == JsonValueKind.String
            ? s.GetString()!
            : SeriesOf(versionInfo) ?? throw new InvalidOperationException(
                "/web/webclient/version_info answered without server_serie or server_version_info: is this an Odoo server?");
        return new OdooVersion(series, LiveChatDialect.For(ParseMajor(series)).ReleasedBusVersion);
    }

    /// <summary>Asks the server through <c>/web/webclient/version_info</c>, which needs no login.</summary>
    public static async Task<OdooVersion> DetectAsync(OdooRpcClient rpc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rpc);
        var result = await rpc.CallAsync("/web/webclient/version_info", new { }, cancellationToken)
            ?? throw new InvalidOperationException($"/web/webclient/version_info at {rpc.BaseUrl} returned no result");
        return FromVersionInfo(result);
    }

    public override string ToString() => $"Odoo {Series} (bus {BusVersion})";

    private static string? SeriesOf(JsonElement info) =>
        info.TryGetProperty("server_version_info", out var parts) && parts.ValueKind == JsonValueKind.Array && parts.GetArrayLength() >= 2
            ? $"{parts[0]}.{parts[1]}"
            : null;

    private static string? SeriesOfBusVersion(string busVersion)
    {
        var dash = busVersion.LastIndexOf('-');
        return dash > 0 ? busVersion[..dash] : null;
    }

    private static int ParseMajor(string series)
    {
        ArgumentException.ThrowIfNullOrEmpty(series);
        var digits = series.AsSpan(series.StartsWith("saas~", StringComparison.Ordinal) ? "saas~".Length : 0);
        var dot = digits.IndexOf('.');
        return int.TryParse(dot < 0 ? digits : digits[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            ? major
            : throw new ArgumentException($"'{series}' is not an Odoo series like 18.0", nameof(series));
    }
}
