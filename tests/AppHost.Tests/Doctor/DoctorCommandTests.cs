using OdooAspire.AppHost.Doctor;
using OdooAspire.AppHost.Tests.Infrastructure;

namespace OdooAspire.AppHost.Tests.Doctor;

public sealed class DoctorCommandTests
{
    [Fact]
    public async Task A_healthy_deployment_exits_0_and_prints_a_line_per_check_and_the_summary()
    {
        await using var deployment = await FakeDeployment.StartAsync(new FakeDeploymentOptions());

        var (exitCode, output, error) = await RunAsync(
            "doctor", deployment.Url.ToString(), "--idle-seconds", "0", "--db", FakeDeploymentOptions.Database, "--password", FakeDeploymentOptions.Password);

        Assert.Equal(DoctorExitCodes.NoProblem, exitCode);
        Assert.Empty(error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal($"Checking {deployment.Url}", lines[0]);
        Assert.Equal(7, lines.Count(line => line.StartsWith("PASS  ", StringComparison.Ordinal)));
        Assert.StartsWith("Summary: 7 passed, 0 failed", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_problem_exits_1_with_the_fix_indented_under_the_failed_check()
    {
        await using var deployment = await FakeDeployment.StartAsync(new FakeDeploymentOptions { WebsocketFault = WebsocketFault.MultiProcessHttpPort });

        var (exitCode, output, _) = await RunAsync("doctor", "--url", deployment.Url.ToString(), "--idle-seconds", "0");

        Assert.Equal(DoctorExitCodes.ProblemFound, exitCode);
        Assert.Contains($"FAIL  {CheckNames.Handshake,-20} GET /websocket?version=18.0-5 with Upgrade: 500", output, StringComparison.Ordinal);
        Assert.Contains("\n      Fix: Send /websocket to Odoo's gevent port", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_url_exits_2_with_a_message_and_no_report()
    {
        var (exitCode, output, error) = await RunAsync("doctor", "erp.example.com");

        Assert.Equal(DoctorExitCodes.BadUsage, exitCode);
        Assert.Empty(output);
        Assert.Contains("doctor: 'erp.example.com' has no scheme: write http://erp.example.com or https://erp.example.com.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_url_or_a_running_environment_it_exits_2_and_says_to_pass_the_url()
    {
        var dataPath = Directory.CreateTempSubdirectory("doctor-empty-").FullName;
        try
        {
            var (exitCode, _, error) = await RunAsync("doctor", "--DataPath", dataPath);

            Assert.Equal(DoctorExitCodes.BadUsage, exitCode);
            Assert.Contains("no running environment found", error, StringComparison.Ordinal);
            Assert.Contains("--url", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dataPath, recursive: true);
        }
    }

    [Fact]
    public async Task Help_prints_the_usage_and_exits_0()
    {
        var (exitCode, output, _) = await RunAsync("doctor", "--help");

        Assert.Equal(DoctorExitCodes.NoProblem, exitCode);
        Assert.Contains("--idle-seconds", output, StringComparison.Ordinal);
        Assert.Contains("Exit codes: 0 no problem found, 1 a problem found, 2 bad usage", output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var deadline = new CancellationTokenSource(TestTimeouts.Run);
        var exitCode = await DoctorCommand.RunAsync(args, output, error, deadline.Token);
        return (exitCode, output.ToString(), error.ToString());
    }
}
