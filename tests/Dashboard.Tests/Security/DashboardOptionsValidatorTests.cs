using Microsoft.Extensions.Options;
using OdooAspire.Dashboard.Tests.Infrastructure;

namespace OdooAspire.Dashboard.Tests.Security;

public sealed class DashboardOptionsValidatorTests
{
    [Fact]
    public void Defaults_are_valid()
    {
        Assert.True(new DashboardOptionsValidator().Validate(null, new DashboardOptions()).Succeeded);
    }

    [Fact]
    public void Bad_ports_short_tokens_and_zero_limits_are_all_reported_by_name()
    {
        var result = new DashboardOptionsValidator().Validate(null, new DashboardOptions
        {
            Port = 70_000,
            OtlpHttpPort = 4318,
            OtlpGrpcPort = 4318,
            Token = "short",
            MaxTraces = 0,
        });

        Assert.True(result.Failed);
        var message = string.Join("\n", result.Failures!);
        Assert.Contains("Dashboard:Port is 70000", message);
        Assert.Contains("must differ", message);
        Assert.Contains("Dashboard:Token", message);
        Assert.Contains("Dashboard:MaxTraces is 0", message);
    }

    [Fact]
    public void Creating_a_dashboard_with_invalid_options_throws_a_message_naming_the_setting()
    {
        var error = Assert.Throws<OptionsValidationException>(() => new DashboardHost(new DashboardOptions { MaxLogEntries = -1 }, new FakeResourceCatalog()));

        Assert.Contains("Dashboard:MaxLogEntries is -1", error.Message);
    }
}
