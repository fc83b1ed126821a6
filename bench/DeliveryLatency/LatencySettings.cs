using System.Globalization;

namespace OdooAspire.Bench.DeliveryLatency;

/// <summary>How many messages to time, and the AppHost arguments passed through (e.g. the Odoo mode).</summary>
internal sealed record LatencySettings(int Messages, int Warmup, IReadOnlyList<string> AppHostArguments, bool ShowHelp = false)
{
    public const string Usage = """
        Usage: dotnet run --project bench/DeliveryLatency -c Release [-- [--messages N] [AppHost arguments...]]

        Starts the whole graph (PostgreSQL, Odoo, gateway) through Aspire's testing builder in a temporary data
        folder, then times LiveChat messages from the start of their post to their frame on the other side's
        socket, first straight to Odoo's gevent port, then through the gateway, and prints p50/p99/max per
        direction and the gateway/direct ratio of the p50s.

          --messages N     messages each way per target (default 200; warm-up: a tenth, at least 5)
          --help           this text

        Any other argument goes to the AppHost, e.g. --Odoo:Mode Source --Odoo:SourcePath ~/odoo-18.0.
        Without --Odoo:Mode (or Odoo__Mode in the environment) the simulator runs.
        """;

    public static LatencySettings Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var messages = 200;
        var passthrough = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--help" or "-h" or "-?")
            {
                return new LatencySettings(0, 0, [], ShowHelp: true);
            }

            if (args[i] == "--messages" && i + 1 < args.Length)
            {
                messages = int.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else
            {
                passthrough.Add(args[i]);
            }
        }

        if (messages < 1)
        {
            throw new ArgumentException("--messages must be at least 1.", nameof(args));
        }

        if (!passthrough.Contains("--Odoo:Mode") && Environment.GetEnvironmentVariable("Odoo__Mode") is null)
        {
            passthrough.AddRange(["--Odoo:Mode", "Simulator"]);
        }

        return new LatencySettings(messages, Math.Max(5, messages / 10), passthrough);
    }
}
