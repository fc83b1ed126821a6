using System.Diagnostics;
using OdooAspire.AppHost.Doctor;
using OdooAspire.AppHost.Tests.Infrastructure;

namespace OdooAspire.AppHost.Tests.Doctor;

public sealed class WebsocketSessionTests
{
    [Fact]
    public async Task A_websocket_worker_on_another_bus_version_closes_with_outdated_version_and_fails()
    {
        var (report, _) = await DoctorRun.AgainstAsync(
            new FakeDeploymentOptions { WorkerBusVersion = "18.0-4" },
            settings => settings with { IdleWait = TimeSpan.FromSeconds(5), VersionCloseWait = TestTimeouts.Step });

        var version = report[CheckNames.BusVersion];
        Assert.Equal(Verdict.Pass, report[CheckNames.Handshake].Verdict);
        Assert.Equal(Verdict.Fail, version.Verdict);
        Assert.Contains("OUTDATED_VERSION", version.Finding, StringComparison.Ordinal);
        Assert.Contains("18.0-5", version.Finding, StringComparison.Ordinal);
        Assert.Contains("restart all Odoo processes", version.Fix, StringComparison.Ordinal);
        Assert.Equal(Verdict.Skip, report[CheckNames.IdleTimeout].Verdict);
    }

    [Fact]
    public async Task A_worker_older_than_the_http_side_is_found_with_the_servers_own_version()
    {
        var (report, _) = await DoctorRun.AgainstAsync(
            new FakeDeploymentOptions { SessionBusVersion = "18.0-6", WorkerBusVersion = "18.0-5" },
            settings => settings with { Credentials = DoctorRun.Admin, VersionCloseWait = TestTimeouts.Step });

        var version = report[CheckNames.BusVersion];
        Assert.Equal(Verdict.Fail, version.Verdict);
        Assert.Contains("18.0-6 (from the server's session info)", version.Finding, StringComparison.Ordinal);
        Assert.Contains("restart every Odoo process after an upgrade", version.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_proxy_idle_timeout_shorter_than_the_wait_cuts_the_socket_and_fails_with_the_timeout_fix()
    {
        var clock = Stopwatch.StartNew();
        var (report, _) = await DoctorRun.AgainstAsync(
            new FakeDeploymentOptions { ProxyIdleTimeout = TimeSpan.FromMilliseconds(300) },
            settings => settings with { IdleWait = TimeSpan.FromSeconds(30), VersionCloseWait = TimeSpan.FromMilliseconds(100) });

        var idle = report[CheckNames.IdleTimeout];
        Assert.Equal(Verdict.Fail, idle.Verdict);
        Assert.Contains("cut after", idle.Finding, StringComparison.Ordinal);
        Assert.Contains("before Odoo's 45 s ping", idle.Finding, StringComparison.Ordinal);
        Assert.Contains("proxy_read_timeout", idle.Fix, StringComparison.Ordinal);
        Assert.Contains("Gateway:WebSocketIdleTimeout", idle.Fix, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(25), $"the doctor waited the whole idle time ({clock.Elapsed}) instead of reporting the cut");
    }

    [Fact]
    public async Task A_socket_the_proxy_cuts_while_the_earlier_checks_run_fails_the_idle_check_instead_of_skipping_it()
    {
        // The cut (100 ms) comes before the bus version check's wait (1 s) is over, so the socket is gone by the idle check.
        var (report, _) = await DoctorRun.AgainstAsync(
            new FakeDeploymentOptions { ProxyIdleTimeout = TimeSpan.FromMilliseconds(100) },
            settings => settings with { IdleWait = TimeSpan.FromSeconds(30), VersionCloseWait = TimeSpan.FromSeconds(1) });

        var idle = report[CheckNames.IdleTimeout];
        Assert.Equal(Verdict.Fail, idle.Verdict);
        Assert.Contains("cut after", idle.Finding, StringComparison.Ordinal);
        Assert.Contains("Gateway:WebSocketIdleTimeout", idle.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("17.0", "17.0-1", 45)]
    [InlineData("18.0", "18.0-5", 45)]
    [InlineData("19.0", "19.0-2", 40)]
    public async Task A_socket_the_proxy_keeps_open_passes_the_idle_check_measured_against_that_series_ping(string series, string busVersion, int ping)
    {
        var (report, _) = await DoctorRun.AgainstAsync(
            new FakeDeploymentOptions { Series = series, WorkerBusVersion = busVersion, ProxyIdleTimeout = TimeSpan.FromSeconds(30) },
            settings => settings with { IdleWait = TimeSpan.FromSeconds(1), VersionCloseWait = TimeSpan.FromMilliseconds(100) });

        Assert.Equal(Verdict.Pass, report[CheckNames.BusVersion].Verdict);
        var idle = report[CheckNames.IdleTimeout];
        Assert.Equal(Verdict.Pass, idle.Verdict);
        Assert.Matches($@"an idle websocket stayed open \d+ s \(less than Odoo.s {ping} s ping", idle.Finding);
    }
}
