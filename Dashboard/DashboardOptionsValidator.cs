using Microsoft.Extensions.Options;

namespace OdooAspire.Dashboard;

/// <summary>Validates <see cref="DashboardOptions"/>; register it with <c>ValidateOnStart</c>.</summary>
public sealed class DashboardOptionsValidator : IValidateOptions<DashboardOptions>
{
    public ValidateOptionsResult Validate(string? name, DashboardOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        CheckPort(failures, nameof(options.Port), options.Port);
        CheckPort(failures, nameof(options.OtlpHttpPort), options.OtlpHttpPort);
        CheckPort(failures, nameof(options.OtlpGrpcPort), options.OtlpGrpcPort);
        var fixedPorts = new[] { options.Port, options.OtlpHttpPort, options.OtlpGrpcPort }.Where(port => port != 0).ToList();
        if (fixedPorts.Count != fixedPorts.Distinct().Count())
        {
            failures.Add("Dashboard:Port, Dashboard:OtlpHttpPort and Dashboard:OtlpGrpcPort must differ (or be 0 for a free port).");
        }

        if (options.Token is { Length: > 0 } token && (token.Length < 16 || token.Any(char.IsWhiteSpace)))
        {
            failures.Add("Dashboard:Token must be at least 16 characters without spaces, or empty to generate one.");
        }

        CheckLimit(failures, nameof(options.MaxTraces), options.MaxTraces);
        CheckLimit(failures, nameof(options.MaxSpansPerTrace), options.MaxSpansPerTrace);
        CheckLimit(failures, nameof(options.MaxLogEntries), options.MaxLogEntries);
        CheckLimit(failures, nameof(options.MaxMetricSeries), options.MaxMetricSeries);
        CheckLimit(failures, nameof(options.MaxPointsPerSeries), options.MaxPointsPerSeries);
        CheckLimit(failures, nameof(options.MaxWebSocketSessions), options.MaxWebSocketSessions);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckPort(List<string> failures, string key, int port)
    {
        if (port is < 0 or > 65_535)
        {
            failures.Add($"Dashboard:{key} is {port}; use a port between 1 and 65535, or 0 for a free port.");
        }
    }

    private static void CheckLimit(List<string> failures, string key, int value)
    {
        if (value is < 1 or > 10_000_000)
        {
            failures.Add($"Dashboard:{key} is {value}; use a number between 1 and 10000000.");
        }
    }
}
