using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using OdooAspire.Hosting.Processes;

namespace OdooAspire.Hosting.Postgres;

/// <summary>The local PostgreSQL server programs and their major version.</summary>
internal sealed partial record PostgresBinaries(string BinDirectory, int MajorVersion)
{
    private const string DebianRoot = "/usr/lib/postgresql";

    public string InitDb => Path.Combine(BinDirectory, "initdb");

    public string Server => Path.Combine(BinDirectory, "postgres");

    /// <summary>pg_dump of the same release (client tools sit next to the server on Debian).</summary>
    public string Dump => Path.Combine(BinDirectory, "pg_dump");

    public string Restore => Path.Combine(BinDirectory, "pg_restore");

    /// <summary>Finds the binaries: configured folder, <c>pg_config --bindir</c>, PATH, then /usr/lib/postgresql/*/bin (newest).</summary>
    public static async Task<PostgresBinaries> LocateAsync(string? configured, CancellationToken cancellationToken)
    {
        var candidates = new List<string>();
        if (!string.IsNullOrWhiteSpace(configured))
        {
            candidates.Add(configured);
        }
        else
        {
            if (await TryRunAsync("pg_config", ["--bindir"], cancellationToken) is { } bindir)
            {
                candidates.Add(bindir.Trim());
            }

            if (ExecutableLocator.Find("initdb") is { } initdb)
            {
                candidates.Add(Path.GetDirectoryName(initdb)!);
            }

            if (Directory.Exists(DebianRoot))
            {
                candidates.AddRange(Directory.EnumerateDirectories(DebianRoot)
                    .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                    .Select(d => Path.Combine(d, "bin")));
            }
        }

        var directory = candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "postgres")))
            ?? throw new InvalidOperationException(
                "No PostgreSQL server binaries (initdb, postgres) were found and no container engine answers. "
                + "Install the server (Debian: apt-get install postgresql), set Postgres:BinDirectory, or install docker/podman.");
        var version = await TryRunAsync(Path.Combine(directory, "postgres"), ["--version"], cancellationToken)
            ?? throw new InvalidOperationException($"'{directory}/postgres --version' failed.");
        return new PostgresBinaries(directory, ParseMajorVersion(version));
    }

    /// <summary>"postgres (PostgreSQL) 15.14 (Debian 15.14-0+deb12u1)" → 15.</summary>
    public static int ParseMajorVersion(string versionOutput)
    {
        var match = VersionPattern().Match(versionOutput);
        return match.Success
            ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"Cannot read the PostgreSQL version from '{versionOutput.Trim()}'.");
    }

    private static async Task<string?> TryRunAsync(string program, string[] arguments, CancellationToken cancellationToken)
    {
        if (ExecutableLocator.Find(program) is null && !File.Exists(program))
        {
            return null;
        }

        var startInfo = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo);
        if (process is null)
        {
            return null;
        }

        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode == 0 ? output : null;
    }

    [GeneratedRegex(@"\(PostgreSQL\)\s+(\d+)")]
    private static partial Regex VersionPattern();
}
