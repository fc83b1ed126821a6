using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace OdooAspire.AppHost.Gateway;

/// <summary>
/// The AppHost's <c>Gateway</c> section: how the environment publishes the gateway. Every other key of the
/// section (timeouts, TLS files, blocked paths...) is handed to the gateway process unchanged.
/// </summary>
public sealed class GatewaySettings
{
    public const string SectionName = "Gateway";

    /// <summary>Fixed host port of the HTTP endpoint (free port when absent).</summary>
    [Range(1, 65535)]
    public int? Port { get; set; }

    /// <summary>Also publish an HTTPS endpoint (TLS terminated by the gateway).</summary>
    public bool Https { get; set; }

    /// <summary>Fixed host port of the HTTPS endpoint (free port when absent).</summary>
    [Range(1, 65535)]
    public int? HttpsPort { get; set; }

    /// <summary>Fixed loopback port of the websocket sessions page (free port when absent); never the public port.</summary>
    [Range(1, 65535)]
    public int? SessionsPort { get; set; }

    /// <summary>
    /// Where the gateway sends <c>/websocket</c>. <c>Auto</c> does it right (the gevent port, or the HTTP port for
    /// threaded Odoo); <c>HttpPort</c> reproduces a proxy without a websocket route, the bug this project is about.
    /// </summary>
    public WebsocketRoute WebsocketRoute { get; set; } = WebsocketRoute.Auto;

    /// <summary>The keys above, which the AppHost consumes instead of passing them on.</summary>
    internal static readonly string[] HostKeys = [nameof(Port), nameof(Https), nameof(HttpsPort), nameof(SessionsPort), nameof(WebsocketRoute)];

    /// <summary>The gateway's own key for the sessions page's port: the AppHost sets it from <see cref="SessionsPort"/>.</summary>
    internal const string GatewaySessionsPortKey = "Sessions:Port";

    public static GatewaySettings Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        var settings = section.Get<GatewaySettings>() ?? new GatewaySettings();
        var context = new ValidationContext(settings);
        var errors = new List<ValidationResult>();
        if (section[GatewaySessionsPortKey] is not null)
        {
            errors.Add(new ValidationResult(
                "the AppHost gives the sessions page its port; set Gateway:SessionsPort instead", [GatewaySessionsPortKey]));
        }

        if (!Validator.TryValidateObject(settings, context, errors, validateAllProperties: true) || errors.Count > 0)
        {
            throw new InvalidOperationException(
                "Invalid Gateway settings: " + string.Join("; ", errors.Select(e => $"Gateway:{string.Join(',', e.MemberNames)}: {e.ErrorMessage}")));
        }

        return settings;
    }

    /// <summary>The rest of the section as the gateway's environment variables (<c>Gateway__Tls__CertificatePath</c>...).</summary>
    public static IEnumerable<KeyValuePair<string, string>> PassThrough(IConfiguration configuration) =>
        configuration.GetSection(SectionName).AsEnumerable(makePathsRelative: true)
            .Where(pair => pair.Value is not null && !HostKeys.Contains(pair.Key.Split(':')[0], StringComparer.OrdinalIgnoreCase))
            .Select(pair => KeyValuePair.Create($"{SectionName}__{pair.Key.Replace(":", "__", StringComparison.Ordinal)}", pair.Value!));
}
