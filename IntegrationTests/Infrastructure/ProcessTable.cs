using System.Globalization;

namespace OdooAspire.IntegrationTests.Infrastructure;

/// <summary>Reads the machine's processes from /proc (Linux only, like the host).</summary>
internal static class ProcessTable
{
    /// <summary>Every process that can be read now, this one excluded.</summary>
    public static IReadOnlyList<ProcessEntry> Snapshot()
    {
        var entries = new List<ProcessEntry>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && pid != Environment.ProcessId
                && TryRead(pid) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    /// <summary>True while the very process of <paramref name="entry"/> runs (a zombie has ended).</summary>
    public static bool IsRunning(ProcessEntry entry) =>
        TryReadStat(entry.Id) is { } stat && stat.StartTicks == entry.StartTicks && stat.State != 'Z';

    private static ProcessEntry? TryRead(int pid)
    {
        try
        {
            if (TryReadStat(pid) is not { } stat || stat.State == 'Z')
            {
                return null;
            }

            var commandLine = File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
            return new ProcessEntry(pid, stat.ParentId, stat.StartTicks, commandLine);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>State, parent and start time from /proc/pid/stat (fields 3, 4 and 22; the name in field 2 may hold spaces).</summary>
    private static (char State, int ParentId, long StartTicks)? TryReadStat(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (fields[0][0], int.Parse(fields[1], CultureInfo.InvariantCulture), long.Parse(fields[19], CultureInfo.InvariantCulture));
    }
}
