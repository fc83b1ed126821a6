using Microsoft.Extensions.Logging;
using OdooAspire.AppHost.Commands;
using OdooAspire.AppHost.Tests.Infrastructure;

namespace OdooAspire.AppHost.Tests.Commands;

/// <summary>"Run doctor" against fake deployments: the report line by line in the resource's log, the summary as the result.</summary>
public sealed class DoctorResourceCommandTests
{
    [Fact]
    public async Task A_healthy_deployment_succeeds_with_the_summary_and_every_line_of_the_report_goes_to_the_log()
    {
        await using var deployment = await FakeDeployment.StartAsync(new FakeDeploymentOptions());
        var log = new RecordingLogger();

        var result = await DoctorResourceCommand.RunAsync(DoctorRun.Settings(deployment.Url) with { Credentials = DoctorRun.Admin }, log, CancellationToken.None);

        Assert.True(result.Success, result.Message);
        Assert.Matches("^Summary: [0-9]+ passed, 0 failed, ", result.Message);
        Assert.Equal(result.Data!.Value.TrimEnd().Split(Environment.NewLine), log.Lines);
        Assert.StartsWith($"Checking {deployment.Url}", log.Lines[0], StringComparison.Ordinal);
        Assert.Contains(log.Lines, l => l.StartsWith("PASS  websocket handshake", StringComparison.Ordinal));
        Assert.True(result.Data.DisplayImmediately);
    }

    [Fact]
    public async Task A_misrouted_websocket_fails_with_the_summary_and_the_failed_check()
    {
        await using var deployment = await FakeDeployment.StartAsync(new FakeDeploymentOptions { WebsocketFault = WebsocketFault.MultiProcessHttpPort });
        var log = new RecordingLogger();

        var result = await DoctorResourceCommand.RunAsync(DoctorRun.Settings(deployment.Url) with { Credentials = DoctorRun.Admin }, log, CancellationToken.None);

        Assert.False(result.Success);
        var lines = result.Message!.Split(Environment.NewLine);
        Assert.Matches("^Summary: [0-9]+ passed, [1-9][0-9]* failed, .*problems found", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("FAIL websocket handshake: ", StringComparison.Ordinal));
        Assert.Contains(log.Lines, l => l.StartsWith("      Fix: ", StringComparison.Ordinal));
    }

    private sealed class RecordingLogger : ILogger
    {
        private readonly List<string> _lines = [];

        public IReadOnlyList<string> Lines
        {
            get
            {
                lock (_lines)
                {
                    return [.. _lines];
                }
            }
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (_lines)
            {
                _lines.Add(formatter(state, exception));
            }
        }
    }
}
