using System.Net;
using System.Net.Sockets;
using OdooAspire.AppHost.Doctor;
using OdooAspire.AppHost.Tests.Infrastructure;

namespace OdooAspire.AppHost.Tests.Doctor;

public sealed class ReachabilityTests
{
    [Fact]
    public async Task An_unreachable_url_fails_with_cannot_connect_and_skips_every_other_check()
    {
        var url = ClosedPort.Url();

        var (report, output) = await DoctorRun.AgainstAsync(DoctorRun.Settings(url));

        var health = report[CheckNames.Health];
        Assert.Equal(Verdict.Fail, health.Verdict);
        Assert.Contains($"cannot connect to {url.Authority}", health.Finding, StringComparison.Ordinal);
        Assert.All(report.Results.Skip(1), result => Assert.Equal(Verdict.Skip, result.Verdict));
        Assert.Equal(DoctorExitCodes.ProblemFound, report.ExitCode);
        Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_accepts_connections_but_never_answers_fails_within_the_step_timeout()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var url = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");

        var (report, _) = await DoctorRun.AgainstAsync(DoctorRun.Settings(url) with { StepTimeout = TimeSpan.FromMilliseconds(500) });

        var health = report[CheckNames.Health];
        Assert.Equal(Verdict.Fail, health.Verdict);
        Assert.Equal($"no answer from {url.Authority} within 0.5 s", health.Finding);
    }

    [Fact]
    public async Task A_url_that_redirects_elsewhere_fails_and_names_the_url_to_check_instead()
    {
        var (report, _) = await DoctorRun.AgainstAsync(new FakeDeploymentOptions { RedirectEverythingTo = "https://erp.example.com" });

        var health = report[CheckNames.Health];
        Assert.Equal(Verdict.Fail, health.Verdict);
        Assert.Contains("308", health.Finding, StringComparison.Ordinal);
        Assert.Contains("https://erp.example.com/web/health", health.Finding, StringComparison.Ordinal);
        Assert.Contains("URL users end up on", health.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_series_the_doctor_does_not_know_warns_and_asks_for_the_bus_version()
    {
        var (report, _) = await DoctorRun.AgainstAsync(new FakeDeploymentOptions { Series = "16.0" });

        var version = report[CheckNames.Version];
        Assert.Equal(Verdict.Warn, version.Verdict);
        Assert.Contains("--bus-version", version.Fix, StringComparison.Ordinal);
    }
}
