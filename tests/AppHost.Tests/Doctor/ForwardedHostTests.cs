using OdooAspire.AppHost.Doctor;
using OdooAspire.AppHost.Tests.Infrastructure;

namespace OdooAspire.AppHost.Tests.Doctor;

public sealed class ForwardedHostTests
{
    private const string Upstream = "http://127.0.0.1:8069";

    [Fact]
    public async Task A_proxy_that_does_not_send_forwarded_headers_is_found_by_the_admin_login()
    {
        var (report, _) = await DoctorRun.AgainstAsync(
            new FakeDeploymentOptions { ProxySendsForwardedHeaders = false, UpstreamOrigin = Upstream },
            settings => settings with { Credentials = DoctorRun.Admin });

        var host = report[CheckNames.HostAndScheme];
        Assert.Equal(Verdict.Fail, host.Verdict);
        Assert.Contains($"Odoo sees {Upstream}", host.Finding, StringComparison.Ordinal);
        Assert.Contains("wrong host", host.Finding, StringComparison.Ordinal);
        Assert.Contains("the proxy does not send them", host.Finding, StringComparison.Ordinal);
        Assert.Contains("proxy_set_header X-Forwarded-Host $host", host.Fix, StringComparison.Ordinal);
        Assert.DoesNotContain("proxy_mode = True", host.Fix, StringComparison.Ordinal);
        Assert.Equal(DoctorExitCodes.ProblemFound, report.ExitCode);
    }

    [Fact]
    public async Task Proxy_mode_off_is_told_apart_from_missing_headers()
    {
        var (report, _) = await DoctorRun.AgainstAsync(
            new FakeDeploymentOptions { ProxyMode = false, UpstreamOrigin = Upstream },
            settings => settings with { Credentials = DoctorRun.Admin });

        var host = report[CheckNames.HostAndScheme];
        Assert.Equal(Verdict.Fail, host.Verdict);
        Assert.Contains("proxy_mode is off", host.Finding, StringComparison.Ordinal);
        Assert.Contains("proxy_mode = True", host.Fix, StringComparison.Ordinal);
        Assert.DoesNotContain("X-Forwarded-Host $host", host.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scheme_odoo_sees_differently_from_the_clients_is_reported_as_a_wrong_scheme()
    {
        // The fake serves plain HTTP, so here the client's scheme is http and Odoo is made to see https: the same
        // comparison that catches https clients behind a TLS-terminating proxy that sends no X-Forwarded-Proto.
        var (report, _) = await DoctorRun.AgainstAsync(
            new FakeDeploymentOptions { ProxySendsForwardedHeaders = false, UpstreamScheme = "https" },
            settings => settings with { Credentials = DoctorRun.Admin });

        var host = report[CheckNames.HostAndScheme];
        Assert.Equal(Verdict.Fail, host.Verdict);
        Assert.Contains("wrong scheme", host.Finding, StringComparison.Ordinal);
        Assert.Contains("the proxy does not send X-Forwarded-Proto", host.Finding, StringComparison.Ordinal);
        Assert.Contains("X-Forwarded-Proto $scheme", host.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_absolute_redirect_to_the_upstream_host_fails_even_without_credentials_naming_both_causes()
    {
        var (report, _) = await DoctorRun.AgainstAsync(
            new FakeDeploymentOptions { ProxySendsForwardedHeaders = false, UpstreamOrigin = Upstream, AbsoluteRedirects = true });

        var host = report[CheckNames.HostAndScheme];
        Assert.Equal(Verdict.Fail, host.Verdict);
        Assert.Contains("the redirect of /web", host.Finding, StringComparison.Ordinal);
        Assert.Contains("X-Forwarded-Host $host", host.Fix, StringComparison.Ordinal);
        Assert.Contains("proxy_mode = True", host.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forwarded_headers_applied_by_odoo_pass()
    {
        var (report, _) = await DoctorRun.AgainstAsync(
            new FakeDeploymentOptions { AbsoluteRedirects = true, UpstreamOrigin = Upstream },
            settings => settings with { Credentials = DoctorRun.Admin });

        var host = report[CheckNames.HostAndScheme];
        Assert.Equal(Verdict.Pass, host.Verdict);
        Assert.Contains("the redirect of /web, web.base.url after the admin login", host.Finding, StringComparison.Ordinal);
    }
}
