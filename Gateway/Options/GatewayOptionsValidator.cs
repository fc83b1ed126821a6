using Microsoft.Extensions.Options;

namespace OdooAspire.Gateway.Options;

/// <summary>Checks the <c>Gateway:</c> section and says how to fix it.</summary>
internal sealed class GatewayOptionsValidator : IValidateOptions<GatewayOptions>
{
    public ValidateOptionsResult Validate(string? name, GatewayOptions options)
    {
        var failures = new List<string>();
        RequirePositive(failures, "Gateway:WebSocketIdleTimeout", options.WebSocketIdleTimeout);
        RequirePositive(failures, "Gateway:HttpRequestTimeout", options.HttpRequestTimeout);
        RequirePositive(failures, "Gateway:ConnectTimeout", options.ConnectTimeout);
        RequirePositive(failures, "Gateway:Limits:RequestHeadersTimeout", options.Limits.RequestHeadersTimeout);
        RequirePositive(failures, "Gateway:HstsMaxAge", options.HstsMaxAge);

        if (options.Limits.MaxRequestHeadersTotalSize < 1024)
        {
            failures.Add($"Gateway:Limits:MaxRequestHeadersTotalSize is {options.Limits.MaxRequestHeadersTotalSize}; use at least 1024 bytes (default 32768).");
        }

        if (options.Limits.MaxRequestHeaderCount < 8)
        {
            failures.Add($"Gateway:Limits:MaxRequestHeaderCount is {options.Limits.MaxRequestHeaderCount}; use at least 8 (default 100).");
        }

        foreach (var path in options.BlockedPaths)
        {
            if (string.IsNullOrWhiteSpace(path) || path[0] != '/')
            {
                failures.Add($"Gateway:BlockedPaths entry '{path}' must be a path starting with '/' (e.g. /web/database).");
            }
        }

        foreach (var serverName in options.ServerNames)
        {
            if (string.IsNullOrWhiteSpace(serverName) || serverName.Contains('/', StringComparison.Ordinal))
            {
                failures.Add($"Gateway:ServerNames entry '{serverName}' must be a host name (e.g. odoo.example.com or *.example.com).");
            }
        }

        if (options.HttpsPort is { } port && (port < 1 || port > 65535))
        {
            failures.Add($"Gateway:HttpsPort {port} is not a TCP port (1-65535).");
        }

        if (options.Sessions.Port is { } sessionsPort && (sessionsPort < 0 || sessionsPort > 65535))
        {
            failures.Add($"Gateway:Sessions:Port {sessionsPort} is not a TCP port; use 1-65535 (0 picks a free one), or remove it to turn the sessions page off.");
        }

        if (options.Sessions.Capacity < 1)
        {
            failures.Add($"Gateway:Sessions:Capacity is {options.Sessions.Capacity}; use a positive number of ended sessions to keep (default 200).");
        }

        ValidateTls(failures, options.Tls);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateTls(List<string> failures, GatewayTlsOptions tls)
    {
        if (string.IsNullOrWhiteSpace(tls.CertificatePath))
        {
            if (!string.IsNullOrWhiteSpace(tls.KeyPath))
            {
                failures.Add("Gateway:Tls:KeyPath is set without Gateway:Tls:CertificatePath; set both (PEM) or only CertificatePath (PFX).");
            }

            return;
        }

        if (!File.Exists(tls.CertificatePath))
        {
            failures.Add($"Gateway:Tls:CertificatePath '{tls.CertificatePath}' does not exist.");
        }

        if (!string.IsNullOrWhiteSpace(tls.KeyPath) && !File.Exists(tls.KeyPath))
        {
            failures.Add($"Gateway:Tls:KeyPath '{tls.KeyPath}' does not exist.");
        }
    }

    private static void RequirePositive(List<string> failures, string key, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{key} is {value}; use a positive duration such as 00:12:00.");
        }
    }
}
