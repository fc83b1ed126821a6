using Aspire.Hosting;
using Microsoft.Extensions.Configuration;
using OdooAspire.Hosting.Odoo;
using OdooAspire.Hosting.Tests.Infrastructure;

namespace OdooAspire.Hosting.Tests.Odoo;

/// <summary>How <c>Odoo:Mode Auto</c> is resolved, with injected container-engine answers, and the settings' defaults.</summary>
public sealed class OdooModeResolverTests
{
    private const string OdooImage = "docker.io/library/odoo:18.0";

    [Fact]
    public void Auto_runs_the_official_image_when_the_engine_has_it_and_postgres_runs_as_a_container()
    {
        var decision = OdooModeResolver.Resolve(new OdooOptions { SourcePath = "/src/odoo" }, postgresInContainer: true, FakeContainerEngines.PodmanWith(OdooImage));

        Assert.Equal(OdooMode.Container, decision.Mode);
        Assert.Equal($"Odoo:Mode Auto chose Container: podman answers and has {OdooImage}", decision.Reason);
    }

    [Fact]
    public void Auto_does_not_choose_containers_when_postgres_runs_from_the_local_binaries_and_does_not_ask_the_engine()
    {
        var decision = OdooModeResolver.Resolve(new OdooOptions { SourcePath = "/src/odoo" }, postgresInContainer: false, FakeContainerEngines.MustNotBeAsked);

        Assert.Equal(OdooMode.Source, decision.Mode);
        Assert.Equal("Odoo:Mode Auto chose Source (/src/odoo): PostgreSQL runs from the local binaries, and Container mode needs it in a container", decision.Reason);
    }

    [Fact]
    public void Auto_runs_the_source_tree_when_no_engine_answers()
    {
        var decision = OdooModeResolver.Resolve(new OdooOptions { SourcePath = "/src/odoo" }, postgresInContainer: true, FakeContainerEngines.None);

        Assert.Equal(OdooMode.Source, decision.Mode);
        Assert.Equal("Odoo:Mode Auto chose Source (/src/odoo): no container engine answers (docker info / podman info)", decision.Reason);
    }

    [Fact]
    public void Auto_falls_back_to_the_simulator_and_says_why_without_image_or_source_tree()
    {
        var decision = OdooModeResolver.Resolve(new OdooOptions { SourcePath = " " }, postgresInContainer: true, FakeContainerEngines.PodmanWith());

        Assert.Equal(OdooMode.Simulator, decision.Mode);
        Assert.Equal(
            $"Odoo:Mode Auto chose the simulator: podman answers but has no {OdooImage} (no registry is pulled from in Auto mode), and Odoo:SourcePath is not set",
            decision.Reason);
    }

    [Theory]
    [InlineData(OdooMode.Source)]
    [InlineData(OdooMode.Simulator)]
    [InlineData(OdooMode.Container)]
    public void An_explicit_mode_is_kept_without_asking_the_engine(OdooMode mode)
    {
        var decision = OdooModeResolver.Resolve(new OdooOptions { Mode = mode, SourcePath = "/src/odoo" }, postgresInContainer: true, FakeContainerEngines.MustNotBeAsked);

        Assert.Equal(new OdooModeDecision(mode, $"Odoo:Mode is {mode}"), decision);
    }

    [Fact]
    public void The_defaults_are_multi_process_without_demo_data_with_the_template_cache_and_no_reset()
    {
        var options = OdooBuilderExtensions.ReadOptions(new ConfigurationBuilder().Build());

        Assert.Equal(
            (OdooMode.Auto, 2, true, "info", 1, true, false, "odoo", "odoo", "im_livechat"),
            (options.Mode, options.Workers, options.WithoutDemo, options.LogLevel, options.MaxCronThreads, options.TemplateCache, options.Reset,
             options.Database, options.DatabaseUser, options.Modules));
        Assert.False(string.IsNullOrEmpty(options.TemplateStore));
    }

    [Theory]
    [InlineData("Odoo:LogLevel", "verbose", "Odoo:LogLevel must be one of")]
    [InlineData("Odoo:DatabaseUser", "postgres", "Odoo:DatabaseUser must be a lower-case identifier other than 'postgres'")]
    [InlineData("Odoo:Modules", "im_livechat crm", "Odoo:Modules must be comma-separated module names")]
    public void An_invalid_setting_is_a_configuration_error_that_names_it(string key, string value, string message)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => OdooBuilderExtensions.ReadOptions(configuration));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
