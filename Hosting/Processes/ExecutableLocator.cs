namespace OdooAspire.Hosting.Processes;

/// <summary>Finds a program on PATH the way a shell would.</summary>
internal static class ExecutableLocator
{
    /// <summary>The full path of <paramref name="program"/>, or null when it is not on PATH.</summary>
    public static string? Find(string program)
    {
        if (program.Contains('/', StringComparison.Ordinal))
        {
            return File.Exists(program) ? Path.GetFullPath(program) : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
    }
}
