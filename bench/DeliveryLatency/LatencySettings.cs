using System.Globalization;

namespace OdooAspire.Bench.DeliveryLatency;

/// <summary>How many messages to time, and the AppHost arguments passed through (e.g. the Odoo mode).</summary>
internal sealed record LatencySettings(int Messages, int Warmup, IReadOnlyList<string> AppHostArguments)
{
    public static LatencySettings Parse(string[] args)
    {
        var messages = 200;
        var passthrough = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--messages" && i + 1 < args.Length)
            {
                messages = int.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else
            {
                passthrough.Add(args[i]);
            }
        }

        if (!passthrough.Contains("--Odoo:Mode") && Environment.GetEnvironmentVariable("Odoo__Mode") is null)
        {
            passthrough.AddRange(["--Odoo:Mode", "Simulator"]);
        }

        return new LatencySettings(messages, Math.Max(5, messages / 10), passthrough);
    }
}
