using System.Diagnostics;

namespace OdooAspire.Hosting.Odoo;

/// <summary>
/// Asks a python interpreter which of the given modules it cannot import, before Odoo starts, so a missing
/// dependency is reported with the packages to install instead of as a traceback in the middle of a start.
/// </summary>
internal static class PythonModuleCheck
{
    /// <summary>The interpreter the Debian packages install into (Odoo:Python's default).</summary>
    public const string DebianPython = "/usr/bin/python3";

    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    // Imports each module named on the command line; prints the ones that fail, one per line.
    private const string Script =
        "import importlib, sys\n"
        + "for name in sys.argv[1:]:\n"
        + "    try:\n"
        + "        importlib.import_module(name)\n"
        + "    except Exception:\n"
        + "        print(name)\n";

    /// <summary>The requirements <paramref name="python"/> cannot import (empty when all are there).</summary>
    public static async Task<IReadOnlyList<PythonRequirement>> FindMissingAsync(string python, IReadOnlyList<PythonRequirement> requirements, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        var startInfo = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        startInfo.ArgumentList.Add("-c");
        startInfo.ArgumentList.Add(Script);
        foreach (var requirement in requirements)
        {
            startInfo.ArgumentList.Add(requirement.Module);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start '{python}'.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Deadline);
        try
        {
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"'{python}' could not check Odoo's python modules (exit code {process.ExitCode}): {(await error).Trim()}");
            }

            var missing = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
            return [.. requirements.Where(r => missing.Contains(r.Module))];
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"'{python}' did not finish checking Odoo's python modules within {Deadline.TotalSeconds:0} s.");
        }
    }

    /// <summary>What the user reads when modules are missing: the modules, the packages, the script.</summary>
    public static string Describe(string python, IReadOnlyList<PythonRequirement> missing)
    {
        ArgumentNullException.ThrowIfNull(missing);
        var packages = string.Join(' ', missing.Select(m => m.DebianPackage).Distinct(StringComparer.Ordinal));
        var message = $"{python} cannot import {missing.Count} python module(s) Odoo needs: {string.Join(", ", missing.Select(m => m.Module))}. "
                      + $"Install the Debian packages: apt-get install -y --no-install-recommends {packages} "
                      + $"(or run {OdooPythonRequirements.InstallScript} as root, which installs all of Odoo's dependencies)";
        return python == DebianPython
            ? message
            : message + $". The packages serve Debian's {DebianPython}: set Odoo:Python to it, or install the Odoo tree's "
                      + $"requirements.txt into {python} with pip";
    }
}
