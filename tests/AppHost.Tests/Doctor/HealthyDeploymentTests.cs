using OdooAspire.AppHost.Doctor;
using OdooAspire.AppHost.Tests.Infrastructure;

namespace OdooAspire.AppHost.Tests.Doctor;

public sealed class HealthyDeploymentTests
{
    [Fact]
    public async Task Every_check_passes_on_a_deployment_routed_and_configured_right()
    {
        var (report, output) = await DoctorRun.AgainstAsync(new FakeDeploymentOptions(), settings => settings with
        {
            Credentials = DoctorRun.Admin,
            IdleWait = TimeSpan.FromSeconds(1),
            VersionCloseWait = TimeSpan.FromMilliseconds(200),
        });

        Assert.All(report.Results, result => Assert.True(result.Verdict == Verdict.Pass, $"{result.Check}: {result.Verdict} {result.Finding}"));
        Assert.Equal(8, report.Results.Count);
        Assert.Equal(DoctorExitCodes.NoProblem, report.ExitCode);
        Assert.Contains("Summary: 8 passed, 0 failed, 0 warnings, 0 skipped: no problem found.", output, StringComparison.Ordinal);
        Assert.Contains("bus version 18.0-5", report[CheckNames.Version].Finding, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_credentials_the_host_check_is_skipped_with_the_reason_and_nothing_fails()
    {
        var (report, _) = await DoctorRun.AgainstAsync(new FakeDeploymentOptions());

        Assert.Equal(Verdict.Skip, report[CheckNames.Login].Verdict);
        Assert.Equal(Verdict.Skip, report[CheckNames.HostAndScheme].Verdict);
        Assert.Contains("--db, --login, --password", report[CheckNames.HostAndScheme].Finding, StringComparison.Ordinal);
        Assert.Equal(DoctorExitCodes.NoProblem, report.ExitCode);
    }

    [Fact]
    public async Task The_idle_check_says_it_was_skipped_when_the_wait_is_zero()
    {
        var (report, output) = await DoctorRun.AgainstAsync(new FakeDeploymentOptions());

        Assert.Equal(Verdict.Skip, report[CheckNames.IdleTimeout].Verdict);
        Assert.Contains($"SKIP  {CheckNames.IdleTimeout,-20} skipped (--idle-seconds 0)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_credentials_warn_without_failing_the_run()
    {
        var (report, _) = await DoctorRun.AgainstAsync(new FakeDeploymentOptions(), settings => settings with
        {
            Credentials = DoctorRun.Admin with { Password = "wrong" },
        });

        Assert.Equal(Verdict.Warn, report[CheckNames.Login].Verdict);
        Assert.Contains("Access Denied", report[CheckNames.Login].Finding, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong", report[CheckNames.Login].Finding, StringComparison.Ordinal);
        Assert.Equal(DoctorExitCodes.NoProblem, report.ExitCode);
    }
}
