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
    int Rounds,
    IReadOnlyDictionary<string, string> GatewayEnvironment,
    string? YarpDll,
    TimeSpan WarmUp)
{
    private static readonly string[] Options =
    [
        "upstream-http-port", "upstream-ws-port", "nginx-url", "nginx-pid", "gateway-dll", "yarp-dll", "seconds", "warmup-seconds",
        "rounds", "idle-connections", "idle-settle-seconds", "message-bytes", "targets", "gateway-env",
    ];

    private static readonly string[] TargetNames = ["direct", "gateway", "yarp", "nginx"];

    public static BenchSettings Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || !Options.Contains(args[i][2..]))
            {
                throw new ArgumentException($"Unknown option '{args[i]}'. Options: --{string.Join(", --", Options)}.");
            }

            if (i + 1 == args.Length)
            {
                throw new ArgumentException($"{args[i]} needs a value.");
            }

            values[args[i][2..]] = args[i + 1];
        }

        var targets = (values.TryGetValue("targets", out var targetList) ? targetList : string.Join(',', TargetNames))
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        if (targets.FirstOrDefault(target => !TargetNames.Contains(target)) is { } unknown)
        {
            throw new ArgumentException($"Unknown target '{unknown}' in --targets; the targets are {string.Join(", ", TargetNames)}.");
        }

        string Required(string name) => values.TryGetValue(name, out var value)
            ? value
            : throw new ArgumentException($"Missing --{name}. Run the benchmark through bench/run.sh, which passes every option.");
        int Int(string name, int fallback, int minimum = 1)
        {
            if (!values.TryGetValue(name, out var value))
            {
                return fallback;
            }

            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= minimum
                ? number
                : throw new ArgumentException($"--{name} expects a whole number of at least {minimum}, got '{value}'.");
        }

        return new BenchSettings(
            int.Parse(Required("upstream-http-port"), CultureInfo.InvariantCulture),
            int.Parse(Required("upstream-ws-port"), CultureInfo.InvariantCulture),
            new Uri(Required("nginx-url")),
            int.Parse(Required("nginx-pid"), CultureInfo.InvariantCulture),
            Required("gateway-dll"),
            TimeSpan.FromSeconds(Int("seconds", 4)),
            Int("idle-connections", 1000, minimum: 0),
            Int("message-bytes", 256),
            targets,
            TimeSpan.FromSeconds(Int("idle-settle-seconds", 3)),
            Int("rounds", 2),
            values.TryGetValue("gateway-env", out var environment) ? ParseEnvironment(environment) : new Dictionary<string, string>(),
            values.GetValueOrDefault("yarp-dll"),
            TimeSpan.FromSeconds(Int("warmup-seconds", 2, minimum: 0)));
    }

    // --gateway-env NAME=VALUE,NAME=VALUE: runtime settings for the .NET proxies only (the gateway and the YARP
    // baseline; the client and the upstream in this process stay as they are), e.g. DOTNET_TieredPGO=0.
    private static Dictionary<string, string> ParseEnvironment(string list)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new ArgumentException($"--gateway-env expects NAME=VALUE pairs separated by commas, got '{pair}'.");
            }

            environment[pair[..equals]] = pair[(equals + 1)..];
        }

        return environment;
    }
}
