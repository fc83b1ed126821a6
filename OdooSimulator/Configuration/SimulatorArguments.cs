namespace OdooAspire.OdooSimulator.Configuration;

/// <summary>The odoo-bin style command line: <c>-c conf [-d db] [-i modules] [--stop-after-init]</c>.</summary>
internal sealed record SimulatorArguments(string ConfigPath, string? Database, IReadOnlyList<string> Modules, bool StopAfterInit)
{
    public const string Usage = "usage: OdooSimulator -c <odoo.conf> [-d <database>] [-i <modules>] [--stop-after-init]";

    public static SimulatorArguments Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? config = null;
        string? database = null;
        var modules = new List<string>();
        var stopAfterInit = false;
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inlineValue) = Split(args[i]);
            switch (name)
            {
                case "-c" or "--config":
                    config = inlineValue ?? ValueAfter(args, ref i, name);
                    break;
                case "-d" or "--database":
                    database = inlineValue ?? ValueAfter(args, ref i, name);
                    break;
                case "-i" or "--init":
                    modules.AddRange((inlineValue ?? ValueAfter(args, ref i, name))
                        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    break;
                case "--stop-after-init":
                    stopAfterInit = true;
                    break;
                default:
                    throw new OdooConfException($"unknown argument '{args[i]}'. {Usage}");
            }
        }

        if (string.IsNullOrWhiteSpace(config))
        {
            throw new OdooConfException($"the configuration file is required (-c). {Usage}");
        }

        return new SimulatorArguments(config, database, modules, stopAfterInit);
    }

    private static (string Name, string? Value) Split(string arg)
    {
        var eq = arg.IndexOf('=', StringComparison.Ordinal);
        return arg.StartsWith("--", StringComparison.Ordinal) && eq > 0 ? (arg[..eq], arg[(eq + 1)..]) : (arg, null);
    }

    private static string ValueAfter(IReadOnlyList<string> args, ref int i, string name)
    {
        if (i + 1 >= args.Count || args[i + 1].StartsWith('-'))
        {
            throw new OdooConfException($"{name} needs a value. {Usage}");
        }

        return args[++i];
    }
}
