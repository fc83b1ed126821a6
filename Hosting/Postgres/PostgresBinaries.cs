using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using OdooAspire.Hosting.Processes;

namespace OdooAspire.Hosting.Postgres;

/// <summary>The local PostgreSQL server programs and their major version.</summary>
internal sealed partial record PostgresBinaries(string BinDirectory, int MajorVersion)
{
    private const string DebianRoot = "/usr/lib/postgresql";
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(10);

    public string InitDb => Path.Combine(BinDirectory, "initdb");

    public string Server => Path.Combine(BinDirectory, "postgres");

    /// <summary>pg_dump of the same release (client tools sit next to the server on Debian).</summary>
    public string Dump => Path.Combine(BinDirectory, "pg_dump");

    /// <summary>pg_restore of the same release.</summary>
    public string Restore => Path.Combine(BinDirectory, "pg_restore");

    /// <summary>
    /// Finds the binaries: the configured folder, else <c>pg_config --bindir</c>, PATH, then /usr/lib/postgresql/*/bin
    /// (newest). Runs while the app model is built (synchronous, like the builder API), so a missing server is
    /// reported before anything starts.
    /// </summary>
    public static PostgresBinaries Locate(string? configured)
    {
        var candidates = new List<string>();
        if (!string.IsNullOrWhiteSpace(configured))
        {
            candidates.Add(Path.GetFullPath(configured));
        }
        else
        {
            if (TryRun("pg_config", ["--bindir"]) is { } bindir)
            {
                candidates.Add(bindir.Trim());
            }

            if (ExecutableLocator.Find("initdb") is { } initdb)
            {
                // A symlink on PATH (/usr/local/bin/initdb -> …/15/bin/initdb) stands for the folder it points into.
                var target = new FileInfo(initdb).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? initdb;
                candidates.Add(Path.GetDirectoryName(target)!);
            }

            if (Directory.Exists(DebianRoot))
            {
                candidates.AddRange(Directory.EnumerateDirectories(DebianRoot)
                    .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                    .Select(d => Path.Combine(d, "bin")));
            }
        }

        var directory = candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "postgres")))
            ?? throw new InvalidOperationException(string.IsNullOrWhiteSpace(configured)
                ? "No PostgreSQL server binaries (initdb, postgres) were found. Install the server (Debian: apt-get install "
                  + "postgresql), set Postgres:BinDirectory to the folder holding them, or use a container (Postgres:Mode Container)."
                : $"Postgres:BinDirectory is '{configured}' but it holds no initdb and postgres. Point it at the server's bin folder.");
        var server = Path.Combine(directory, "postgres");
        var version = TryRun(server, ["--version"])
            ?? throw new InvalidOperationException($"'{server} --version' failed: is it a PostgreSQL server binary?");
        return new PostgresBinaries(directory, ParseMajorVersion(version));
    }

    /// <summary>"postgres (PostgreSQL) 15.14 (Debian 15.14-0+deb12u1)" → 15.</summary>
    public static int ParseMajorVersion(string versionOutput)
    {
        ArgumentNullException.ThrowIfNull(versionOutput);
        var match = VersionPattern().Match(versionOutput);
        return match.Success
            ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"Cannot read the PostgreSQL version from '{versionOutput.Trim()}'.");
    }

    private static string? TryRun(string program, string[] arguments)
    {
        if (ExecutableLocator.Find(program) is not { } path)
        {
            return null;
        }

        var startInfo = new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo);
        if (process is null)
        {
            return null;
        }

        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(ProbeTimeout))
        {
            process.Kill(entireProcessTree: true);
            return null;
        }

        return process.ExitCode == 0 ? output.GetAwaiter().GetResult() : null;
    }

    [GeneratedRegex(@"\(PostgreSQL\)\s+(\d+)")]
    private static partial Regex VersionPattern();
}
