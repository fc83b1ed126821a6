using Microsoft.Extensions.Logging.Abstractions;
using OdooAspire.Hosting.Orchestration;
using OdooAspire.Hosting.Processes;
using OdooAspire.Hosting.Tests.Infrastructure;

namespace OdooAspire.Hosting.Tests.Processes;

public sealed class SupervisedProcessTests
{
    private readonly LogBuffer _log = new(100, TimeProvider.System);

    private SupervisedProcess StartShell(string script, TimeSpan? stopTimeout = null) =>
        SupervisedProcess.Start(
            new ProcessSpec("/bin/sh", ["-c", script]) { StopTimeout = stopTimeout ?? TimeSpan.FromSeconds(5) },
            _log,
            NullLogger.Instance);

    [Fact]
    public async Task Output_is_captured_line_by_line_with_stderr_marked()
    {
        await using var process = StartShell("echo one; echo two >&2; printf 'three\\n'");

        Assert.Equal(0, await process.Completion.WaitAsync(TestTimeouts.Short));
        await _log.WaitForLineAsync(l => l == "three");
        var lines = _log.Snapshot();
        Assert.Contains(lines, l => l.Text == "one" && !l.IsError);
        Assert.Contains(lines, l => l.Text == "two" && l.IsError);
    }

    [Fact]
    public async Task The_exit_code_of_a_crashing_program_is_reported()
    {
        await using var process = StartShell("echo failing >&2; exit 3");

        Assert.Equal(3, await process.Completion.WaitAsync(TestTimeouts.Short));
    }

    [Fact]
    public async Task The_process_id_is_the_program_itself_and_leads_its_own_process_group()
    {
        await using var process = StartShell("echo pid=$$ pgid=$(ps -o pgid= $$ | tr -d ' '); exec sleep 30");

        var line = await _log.WaitForLineAsync(l => l.StartsWith("pid=", StringComparison.Ordinal));

        Assert.Equal($"pid={process.ProcessId} pgid={process.ProcessId}", line.Text);
    }

    [Fact]
    public async Task Stop_sends_the_stop_signal_and_waits_for_a_graceful_exit()
    {
        await using var process = StartShell("trap 'echo terminating; exit 0' TERM; echo ready; while :; do sleep 0.1; done");
        await _log.WaitForLineAsync(l => l == "ready");

        await process.StopAsync(CancellationToken.None);

        Assert.Equal(0, await process.Completion);
        Assert.Contains(_log.Snapshot(), l => l.Text == "terminating");
    }

    [Fact]
    public async Task A_program_ignoring_sigterm_is_killed_after_the_stop_timeout()
    {
        await using var process = StartShell("trap '' TERM; echo ready; while :; do sleep 0.1; done", TimeSpan.FromMilliseconds(500));
        await _log.WaitForLineAsync(l => l == "ready");
        var started = DateTime.UtcNow;

        await process.StopAsync(CancellationToken.None);

        Assert.Equal(128 + 9, await process.Completion);
        Assert.InRange(DateTime.UtcNow - started, TimeSpan.FromMilliseconds(400), TestTimeouts.Short);
        Assert.False(ProcessTable.IsAlive(process.ProcessId!.Value));
    }

    [Fact]
    public async Task Children_started_by_the_program_are_stopped_with_it()
    {
        await using var process = StartShell("sleep 300 & echo child=$!; wait");
        var line = await _log.WaitForLineAsync(l => l.StartsWith("child=", StringComparison.Ordinal));
        var child = int.Parse(line.Text["child=".Length..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(ProcessTable.IsAlive(child));

        await process.StopAsync(CancellationToken.None);

        Assert.True(await ProcessTable.WaitUntilGoneAsync([child], TestTimeouts.Short), $"child {child} survived");
    }

    [Fact]
    public async Task Children_left_behind_by_a_program_that_exited_are_killed_on_dispose()
    {
        var process = StartShell("sleep 300 & echo child=$!");
        var line = await _log.WaitForLineAsync(l => l.StartsWith("child=", StringComparison.Ordinal));
        var child = int.Parse(line.Text["child=".Length..], System.Globalization.CultureInfo.InvariantCulture);
        await process.Completion.WaitAsync(TestTimeouts.Short);

        await process.DisposeAsync();

        Assert.True(await ProcessTable.WaitUntilGoneAsync([child], TestTimeouts.Short), $"child {child} survived");
    }

    [Fact]
    public void A_missing_program_is_reported_clearly()
    {
        var spec = new ProcessSpec("odooaspire-no-such-program", []);

        var error = Assert.Throws<FileNotFoundException>(() => SupervisedProcess.Start(spec, _log, NullLogger.Instance));

        Assert.Contains("was not found on PATH", error.Message, StringComparison.Ordinal);
    }
}
