using System.Globalization;

namespace OdooAspire.GatewayBench;

/// <summary>Resident memory of a process and its children (nginx's workers), read from /proc.</summary>
internal static class ProcessMemory
{
    public static long ResidentKilobytes(int pid) => ProcessTree.WithChildren(pid).Sum(ReadRss);

    private static long ReadRss(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
