using System.Globalization;

namespace OdooAspire.GatewayBench;

/// <summary>What run.sh passes: where the upstream listens, where nginx runs, which gateway build to start.</summary>
internal sealed record BenchSettings(
    int UpstreamHttpPort,
    int UpstreamWebSocketPort,
    Uri NginxUrl,
    int NginxPid,
    string GatewayDll,
    TimeSpan Duration,
    int IdleConnections,
    int MessageBytes,
    IReadOnlySet<string> Targets,
    TimeSpan IdleSettle,
    int Rounds)
{
    public static BenchSettings Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Expected an option like --gateway-dll, got '{args[i]}'.");
            }

            values[args[i][2..]] = args[i + 1];
        }

        string Required(string name) => values.TryGetValue(name, out var value)
            ? value
            : throw new ArgumentException($"Missing --{name}. Run the benchmark through bench/run.sh, which passes every option.");
        int Int(string name, int fallback) => values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

        return new BenchSettings(
            int.Parse(Required("upstream-http-port"), CultureInfo.InvariantCulture),
            int.Parse(Required("upstream-ws-port"), CultureInfo.InvariantCulture),
            new Uri(Required("nginx-url")),
            int.Parse(Required("nginx-pid"), CultureInfo.InvariantCulture),
            Required("gateway-dll"),
            TimeSpan.FromSeconds(Int("seconds", 4)),
            Int("idle-connections", 1000),
            Int("message-bytes", 256),
            (values.TryGetValue("targets", out var targets) ? targets : "direct,gateway,nginx").Split(',').ToHashSet(StringComparer.Ordinal),
            TimeSpan.FromSeconds(Int("idle-settle-seconds", 3)),
            Int("rounds", 2));
    }
}
