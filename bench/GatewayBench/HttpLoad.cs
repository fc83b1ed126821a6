using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace OdooAspire.GatewayBench;

/// <summary>HTTP requests per second measured with wrk (keep-alive connections, small JSON answer like /web/health).</summary>
internal static partial class HttpLoad
{
    /// <summary>wrk for <paramref name="duration"/>, nothing measured (the benchmark's warm-up).</summary>
    public static Task WarmUpAsync(Uri baseUrl, TimeSpan duration, int connections = 32) =>
        RunWrkAsync(new Uri(baseUrl, "/web/health").ToString(), duration, connections);

    /// <summary>Requests per second, and the proxy's CPU per request.</summary>
    public static async Task<(double RequestsPerSecond, double? ProxyCpuMicrosPerRequest)> RunAsync(Uri baseUrl, TimeSpan duration, int? proxyPid, int connections = 32)
    {
        var url = new Uri(baseUrl, "/web/health").ToString();
        await RunWrkAsync(url, TimeSpan.FromSeconds(2), connections);
        var (output, cpu) = await ProcessCpu.PerOperationAsync(proxyPid, async () =>
        {
            var output = await RunWrkAsync(url, duration, connections);
            var requests = RequestCount().Match(output);
            return (output, requests.Success ? long.Parse(requests.Groups[1].Value, CultureInfo.InvariantCulture) : 0);
        });
        var match = RequestsPerSecond().Match(output);
        return match.Success
            ? (double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), cpu)
            : throw new InvalidOperationException("wrk printed no 'Requests/sec' line:\n" + output);
    }

    private static async Task<string> RunWrkAsync(string url, TimeSpan duration, int connections)
    {
        var start = new ProcessStartInfo("wrk", ["-t2", $"-c{connections}", $"-d{(int)duration.TotalSeconds}s", url])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start wrk; install it with apt-get install wrk.");
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"wrk exited with {process.ExitCode}: {errors}");
        }

        if (output.Contains("Non-2xx", StringComparison.Ordinal) || output.Contains("Socket errors", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"wrk saw errors against {url}:\n{output}");
        }

        return output;
    }

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"([0-9]+) requests in")]
    private static partial Regex RequestCount();
}
