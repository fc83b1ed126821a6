namespace OdooAspire.IntegrationTests.Infrastructure;

/// <summary>Finds processes whose command line mentions a graph's data folder (its PostgreSQL, Odoo, config files).</summary>
internal static class LeftoverProcesses
{
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
