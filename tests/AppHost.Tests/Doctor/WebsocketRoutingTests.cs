using OdooAspire.AppHost.Doctor;
using OdooAspire.AppHost.Tests.Infrastructure;

namespace OdooAspire.AppHost.Tests.Doctor;

public sealed class WebsocketRoutingTests
{
    [Fact]
    public async Task A_websocket_sent_to_the_http_port_of_multiprocess_odoo_fails_with_the_gevent_route_fix()
    {
        var (report, _) = await DoctorRun.AgainstAsync(new FakeDeploymentOptions { WebsocketFault = WebsocketFault.MultiProcessHttpPort });

        var handshake = report[CheckNames.Handshake];
        Assert.Equal(Verdict.Fail, handshake.Verdict);
        Assert.Contains("500", handshake.Finding, StringComparison.Ordinal);
        Assert.Contains("multi-process Odoo", handshake.Finding, StringComparison.Ordinal);
        Assert.Contains("(The server encountered an internal error", handshake.Finding, StringComparison.Ordinal);
        Assert.Contains("proxy_pass http://odoo:8072", handshake.Fix, StringComparison.Ordinal);
        Assert.Contains("Odoo:WebsocketUrl", handshake.Fix, StringComparison.Ordinal);
        Assert.Equal(Verdict.Skip, report[CheckNames.BusVersion].Verdict);
        Assert.Equal(DoctorExitCodes.ProblemFound, report.ExitCode);
    }

    [Theory]
    [InlineData("17.0", "17.0-1")]
    [InlineData("18.0", "18.0-5")]
    [InlineData("19.0", "19.0-2")]
    public async Task The_misrouted_handshake_fails_on_every_supported_series_with_that_series_bus_version(string series, string busVersion)
    {
        var (report, _) = await DoctorRun.AgainstAsync(new FakeDeploymentOptions
        {
            Series = series, WorkerBusVersion = busVersion, WebsocketFault = WebsocketFault.MultiProcessHttpPort,
        });

        Assert.Equal(Verdict.Pass, report[CheckNames.Version].Verdict);
        var handshake = report[CheckNames.Handshake];
        Assert.Equal(Verdict.Fail, handshake.Verdict);
        Assert.StartsWith($"GET /websocket?version={busVersion} with Upgrade: 500", handshake.Finding, StringComparison.Ordinal);
        Assert.Contains("proxy_pass http://odoo:8072", handshake.Fix, StringComparison.Ordinal);
        Assert.Equal(DoctorExitCodes.ProblemFound, report.ExitCode);
    }

    [Fact]
    public async Task A_proxy_dropping_the_upgrade_headers_fails_with_the_upgrade_header_fix()
    {
        var (report, _) = await DoctorRun.AgainstAsync(new FakeDeploymentOptions { WebsocketFault = WebsocketFault.UpgradeHeadersDropped });

        var handshake = report[CheckNames.Handshake];
        Assert.Equal(Verdict.Fail, handshake.Verdict);
        Assert.Contains("400", handshake.Finding, StringComparison.Ordinal);
        Assert.Contains("without the Upgrade/Connection headers", handshake.Finding, StringComparison.Ordinal);
        Assert.Contains("proxy_set_header Upgrade $http_upgrade", handshake.Fix, StringComparison.Ordinal);
        Assert.Contains("map $http_upgrade $connection_upgrade", handshake.Fix, StringComparison.Ordinal);
        Assert.Contains("proxy_pass http://odoo:8072", handshake.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_proxy_stripping_origin_is_told_apart_from_dropped_upgrade_headers()
    {
        var (report, _) = await DoctorRun.AgainstAsync(new FakeDeploymentOptions { WebsocketFault = WebsocketFault.OriginStripped });

        var handshake = report[CheckNames.Handshake];
        Assert.Equal(Verdict.Fail, handshake.Verdict);
        Assert.Contains("missing header(s): origin", handshake.Finding, StringComparison.Ordinal);
        Assert.Contains("Origin", handshake.Fix, StringComparison.Ordinal);
        Assert.DoesNotContain("$http_upgrade", handshake.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_listening_where_the_proxy_sends_websockets_fails_with_the_workers_or_route_fix()
    {
        var (report, _) = await DoctorRun.AgainstAsync(new FakeDeploymentOptions { WebsocketFault = WebsocketFault.NothingListening });

        foreach (var check in new[] { CheckNames.WebsocketRoute, CheckNames.Handshake })
        {
            var result = report[check];
            Assert.Equal(Verdict.Fail, result.Verdict);
            Assert.Contains("502", result.Finding, StringComparison.Ordinal);
            Assert.Contains("workers = 2", result.Fix, StringComparison.Ordinal);
            Assert.Contains("Odoo:Workers = 0", result.Fix, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_handshake_nobody_answers_fails_within_the_step_timeout()
    {
        var (report, _) = await DoctorRun.AgainstAsync(
            new FakeDeploymentOptions { WebsocketFault = WebsocketFault.NeverAnswers },
            settings => settings with { StepTimeout = TimeSpan.FromSeconds(1) });

        var handshake = report[CheckNames.Handshake];
        Assert.Equal(Verdict.Fail, handshake.Verdict);
        Assert.Contains("no answer from", handshake.Finding, StringComparison.Ordinal);
        Assert.Contains("within 1 s", handshake.Finding, StringComparison.Ordinal);
    }
}
