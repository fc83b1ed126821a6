using System.Diagnostics;
using OdooAspire.Hosting.Postgres;
using OdooAspire.Hosting.Tests.Infrastructure;

namespace OdooAspire.Hosting.Tests.Postgres;

/// <summary>
/// The shell that turns the orchestrator's SIGTERM into PostgreSQL's fast shutdown (SIGINT), with a stand-in server
/// written in perl (always on Debian): it can catch SIGINT, which a shell started in the background cannot.
/// </summary>
public sealed class LocalPostgresStopWrapperTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    [Fact]
    public async Task A_server_that_ends_by_itself_gives_its_own_exit_status()
    {
        using var wrapper = Start("/bin/sh", "-c", "exit 3");

        using var timeout = TestTimeouts.ShortToken();
        await wrapper.WaitForExitAsync(timeout.Token);

        Assert.Equal(3, wrapper.ExitCode);
    }

    [Fact]
    public async Task SIGTERM_becomes_SIGINT_asked_again_until_the_server_catches_it_and_its_status_is_kept()
    {
        // SIGINT is caught only after a second, as a server still starting up would; it then exits 0. Its command
        // line names this folder, so the test can see it start.
        var server = Path.Combine(_folder.Path, "server.pl");
        await File.WriteAllTextAsync(server, "sleep 1; $SIG{INT} = sub { exit 0 }; sleep 1 while 1;");
        using var wrapper = Start("perl", server);
        await WaitForAsync(() => ProcessTable.UsingFolder(_folder.Path).Count == 2);

        await SignalAsync(wrapper.Id, "TERM");
        using var timeout = TestTimeouts.ShortToken();
        await wrapper.WaitForExitAsync(timeout.Token);

        Assert.Equal(0, wrapper.ExitCode);
        Assert.Empty(ProcessTable.UsingFolder(_folder.Path));
    }

    public void Dispose()
    {
        // A failed test must not leave its stand-in behind.
        foreach (var pid in ProcessTable.UsingFolder(_folder.Path))
        {
            using var process = Process.GetProcessById(pid);
            process.Kill();
        }

        _folder.Dispose();
    }

    private static Process Start(params string[] server)
    {
        var startInfo = new ProcessStartInfo(LocalPostgresCommandLine.Shell) { UseShellExecute = false };
        foreach (var argument in (string[])["-c", LocalPostgresCommandLine.StopWrapper, LocalPostgresCommandLine.WrapperName, .. server])
        {
            startInfo.ArgumentList.Add(argument);
        }

        return Process.Start(startInfo)!;
    }

    private static async Task SignalAsync(int pid, string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        Assert.Equal(0, kill.ExitCode);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(10));
        var deadline = DateTime.UtcNow + TestTimeouts.Short;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The stand-in server did not start.");
            await timer.WaitForNextTickAsync();
        }
    }
}
