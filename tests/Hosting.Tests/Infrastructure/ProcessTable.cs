namespace OdooAspire.Hosting.Tests.Infrastructure;

/// <summary>Reads /proc to find the processes of a run and to prove they are gone.</summary>
internal static class ProcessTable
{
    /// <summary>
    /// Live processes whose command line mentions <paramref name="folder"/> or whose working directory is inside it.
    /// PostgreSQL's own children rewrite their command line but keep the data folder as working directory.
    /// </summary>
    public static IReadOnlyList<int> UsingFolder(string folder)
    {
        var result = new List<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }

            try
            {
                var commandLine = File.ReadAllText(Path.Combine(directory, "cmdline")).Replace('\0', ' ');
                var workingDirectory = new DirectoryInfo(Path.Combine(directory, "cwd")).LinkTarget ?? string.Empty;
                if ((commandLine.Contains(folder, StringComparison.Ordinal) || workingDirectory.StartsWith(folder, StringComparison.Ordinal)) && IsAlive(pid))
                {
                    result.Add(pid);
                }
            }
            catch (IOException)
            {
                // The process ended while being read.
            }
            catch (UnauthorizedAccessException)
            {
                // Not ours to read.
            }
        }

        return result;
    }

    /// <summary>The command line of a process, for failure messages.</summary>
    public static string Describe(int pid)
    {
        try
        {
            return $"{pid}: {File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim()}";
        }
        catch (IOException)
        {
            return $"{pid}: (gone)";
        }
    }

    public static bool IsAlive(int pid)
    {
        try
        {
            // A zombie has exited; only its parent's bookkeeping remains.
            return File.ReadLines($"/proc/{pid}/status")
                .Any(l => l.StartsWith("State:", StringComparison.Ordinal) && !l.Contains("Z (zombie)", StringComparison.Ordinal));
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Polls until none of <paramref name="pids"/> is alive; returns the ones still alive at the deadline.</summary>
    public static async Task<IReadOnlyList<int>> WaitUntilGoneAsync(IEnumerable<int> pids, TimeSpan timeout)
    {
        var list = pids.ToList();
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(25));
        var deadline = DateTime.UtcNow + timeout;
        while (list.Any(IsAlive) && DateTime.UtcNow < deadline)
        {
            await timer.WaitForNextTickAsync();
        }

        return list.Where(IsAlive).ToList();
    }
}
