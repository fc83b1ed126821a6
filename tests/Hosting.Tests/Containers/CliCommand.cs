using System.Diagnostics;

namespace OdooAspire.Hosting.Tests.Containers;

/// <summary>Runs a program to its end within a deadline and keeps what it printed; one still running then is killed.</summary>
internal static class CliCommand
{
    /// <summary>How a command ended and what it wrote to its standard output and error.</summary>
    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(string program, IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        var startInfo = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"'{program}' did not start.");
        process.StandardInput.Close();
        using var deadline = new CancellationTokenSource(timeout);
        var output = process.StandardOutput.ReadToEndAsync(deadline.Token);
        var error = process.StandardError.ReadToEndAsync(deadline.Token);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
            return new Result(process.ExitCode, await output, await error);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            throw new TimeoutException($"'{Describe(program, arguments)}' did not end within {timeout}.");
        }
    }

    /// <summary>The standard output of a command that must succeed; otherwise fails with its exit code and error output.</summary>
    public static async Task<string> OutputOfAsync(string program, IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        var result = await RunAsync(program, arguments, timeout);
        return result.ExitCode == 0
            ? result.Output
            : throw new InvalidOperationException($"'{Describe(program, arguments)}' exited with {result.ExitCode}: {result.Error.Trim()}");
    }

    private static string Describe(string program, IReadOnlyList<string> arguments) => string.Join(' ', [program, .. arguments]);
}
