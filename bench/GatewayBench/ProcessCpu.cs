using System.Globalization;

namespace OdooAspire.GatewayBench;

/// <summary>
/// CPU time a proxy (and its children) used, from /proc: CPU per request or message is what each proxy costs the
/// machine, and it stays comparable when other work on a shared machine lowers every throughput.
/// </summary>
internal static class ProcessCpu
{
    // /proc reports utime and stime in USER_HZ ticks, 100 per second on Linux.
    private const double MicrosecondsPerTick = 10_000;

    public static double Microseconds(int pid)
    {
        double ticks = 0;
        foreach (var member in ProcessTree.WithChildren(pid))
        {
            if (ProcessTree.StatFields(member) is { } fields)
            {
                // utime and stime are fields 14 and 15 of stat, 12 and 13 after the command name.
                ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
        }

        return ticks * MicrosecondsPerTick;
    }

    /// <summary>Runs the measured work and returns its result with the proxy's CPU microseconds per operation.</summary>
    public static async Task<(T Result, double? MicrosPerOperation)> PerOperationAsync<T>(int? pid, Func<Task<(T Result, long Operations)>> work)
    {
        var before = pid is { } p ? Microseconds(p) : 0;
        var (result, operations) = await work();
        return pid is { } q && operations > 0 ? (result, (Microseconds(q) - before) / operations) : (result, null);
    }
}
