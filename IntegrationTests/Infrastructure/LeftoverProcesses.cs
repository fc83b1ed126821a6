namespace OdooAspire.IntegrationTests.Infrastructure;

/// <summary>Finds processes whose command line mentions a graph's data folder (its PostgreSQL, Odoo, config files).</summary>
internal static class LeftoverProcesses
{
    /// <summary>
    /// The processes still there after <paramref name="grace"/>: a child's watchdog leaves a moment after its child
    /// (it notices the host closed its pipe), so only one that outlives the grace is a leftover.
    /// </summary>
    public static async Task<IReadOnlyList<string>> FindAfterAsync(string dataPath, TimeSpan grace)
    {
        await Polling.UntilAsync(() => Task.FromResult(Find(dataPath).Count == 0), grace, TimeSpan.FromMilliseconds(100));
        return Find(dataPath);
    }

    public static IReadOnlyList<string> Find(string dataPath)
    {
        var found = new List<string>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }

            string commandLine;
            try
            {
                commandLine = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ').Trim();
            }
            catch (IOException)
            {
                continue;
            }
            catch (UnauthorizedAccessException)
            {
                continue;
            }

            if (commandLine.Contains(dataPath, StringComparison.Ordinal))
            {
                found.Add($"{pid}: {commandLine}");
            }
        }

        return found;
    }
}
