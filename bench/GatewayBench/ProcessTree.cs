using System.Globalization;

namespace OdooAspire.GatewayBench;

/// <summary>A process and its direct children (nginx's master and workers), read from /proc.</summary>
internal static class ProcessTree
{
    public static IReadOnlyList<int> WithChildren(int pid)
    {
        var pids = new List<int> { pid };
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var child) && ParentOf(child) == pid)
            {
                pids.Add(child);
            }
        }

        return pids;
    }

    /// <summary>The fields of /proc/PID/stat after the command name, or null when the process is gone.</summary>
    public static string[]? StatFields(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static int ParentOf(int pid) =>
        StatFields(pid) is { } fields && int.TryParse(fields[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var parent) ? parent : -1;
}
