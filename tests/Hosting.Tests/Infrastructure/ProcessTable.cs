namespace OdooAspire.Hosting.Tests.Infrastructure;

/// <summary>Reads /proc to prove that processes are gone.</summary>
internal static class ProcessTable
{
    public static bool IsAlive(int pid)
    {
        var status = $"/proc/{pid}/status";
        if (!File.Exists(status))
        {
            return false;
        }

        try
        {
            // A zombie has exited; only its parent's bookkeeping remains.
            return !File.ReadLines(status).Any(l => l.StartsWith("State:", StringComparison.Ordinal) && l.Contains("Z (zombie)", StringComparison.Ordinal));
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Pids of processes whose command line contains <paramref name="marker"/>.</summary>
    public static IReadOnlyList<int> WithCommandLineContaining(string marker)
    {
        var result = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(System.IO.Path.GetFileName(dir), out var pid))
            {
                continue;
            }

            try
            {
                var commandLine = File.ReadAllText(System.IO.Path.Combine(dir, "cmdline")).Replace('\0', ' ');
                if (commandLine.Contains(marker, StringComparison.Ordinal) && IsAlive(pid))
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

    /// <summary>Waits until none of <paramref name="pids"/> is alive; false on timeout.</summary>
    public static async Task<bool> WaitUntilGoneAsync(IEnumerable<int> pids, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var list = pids.ToList();
        while (DateTime.UtcNow < deadline)
        {
            if (!list.Any(IsAlive))
            {
                return true;
            }

            await Task.Delay(50);
        }

        return !list.Any(IsAlive);
    }
}
