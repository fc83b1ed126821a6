using Microsoft.Extensions.Configuration;
using OdooAspire.Hosting.Odoo;
using OdooAspire.Hosting.Postgres;
using OdooAspire.Hosting.Tests.Containers;

namespace OdooAspire.Hosting.Tests.Odoo;

public sealed class OdooModeTests
{
    private const string OdooImage = "docker.io/library/odoo:18.0";
    private const string PostgresImage = "docker.io/library/postgres:16";

    [Fact]
    public async Task Auto_runs_the_official_image_when_the_engine_has_it_and_postgres_can_run_as_a_container()
    {
        var decision = await ResolveAsync(new OdooOptions { SourcePath = "/src/odoo" }, new FakeContainerRuntime([OdooImage, PostgresImage], []));

        Assert.Equal(OdooMode.Container, decision.Mode);
        Assert.Equal($"Odoo:Mode Auto chose Container: podman answers and {OdooImage} is present", decision.Reason);
    }

    [Fact]
    public async Task Auto_runs_the_official_image_when_the_registry_has_it()
    {
        var decision = await ResolveAsync(new OdooOptions(), new FakeContainerRuntime([], [OdooImage, PostgresImage]));

        Assert.Equal(OdooMode.Container, decision.Mode);
        Assert.EndsWith($"{OdooImage} is pullable", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Auto_runs_the_source_tree_when_no_engine_answers()
    {
        var decision = await ResolveAsync(new OdooOptions { SourcePath = "/src/odoo" }, runtime: null);

        Assert.Equal(OdooMode.Source, decision.Mode);
        Assert.Equal("Odoo:Mode Auto chose Source (/src/odoo): no container engine answers (docker info / podman info)", decision.Reason);
    }

    [Fact]
    public async Task Auto_falls_back_to_the_simulator_and_says_why_without_image_or_source_tree()
    {
        var decision = await ResolveAsync(new OdooOptions { SourcePath = " " }, new FakeContainerRuntime([PostgresImage], []));

        Assert.Equal(OdooMode.Simulator, decision.Mode);
        Assert.Equal($"Odoo:Mode Auto chose the simulator: podman answers but {OdooImage} is neither present nor pullable, and Odoo:SourcePath is not set", decision.Reason);
    }

    [Fact]
    public async Task Auto_does_not_choose_containers_when_postgres_must_run_from_local_binaries()
    {
        var runtime = new FakeContainerRuntime([OdooImage, PostgresImage], []);

        var decision = await ResolveAsync(new OdooOptions { SourcePath = "/src/odoo" }, runtime, new PostgresOptions { Mode = "Local" });

        Assert.Equal(OdooMode.Source, decision.Mode);
        Assert.Contains("Postgres:Mode is Local", decision.Reason, StringComparison.Ordinal);
        Assert.Empty(runtime.Asked);
    }

    [Fact]
    public async Task Auto_does_not_choose_containers_when_the_postgres_image_is_missing_in_auto_mode()
    {
        var decision = await ResolveAsync(new OdooOptions(), new FakeContainerRuntime([OdooImage], []));

        Assert.Equal(OdooMode.Simulator, decision.Mode);
        Assert.Contains($"but {PostgresImage} is neither present nor pullable", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Auto_leaves_an_explicit_postgres_container_mode_to_pull_its_image_at_start()
    {
        var decision = await ResolveAsync(new OdooOptions(), new FakeContainerRuntime([OdooImage], []), new PostgresOptions { Mode = "Container" });

        Assert.Equal(OdooMode.Container, decision.Mode);
    }

    [Fact]
    public async Task Auto_reports_an_engine_configured_but_not_answering_instead_of_failing()
    {
        var decision = await OdooModeResolver.ResolveAsync(new OdooOptions(), new PostgresOptions(),
            _ => throw new InvalidOperationException("DevHost:ContainerRuntime is Podman but 'podman info' does not answer."), CancellationToken.None);

        Assert.Equal(OdooMode.Simulator, decision.Mode);
        Assert.Contains("'podman info' does not answer", decision.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OdooMode.Source)]
    [InlineData(OdooMode.Simulator)]
    [InlineData(OdooMode.Container)]
    public async Task An_explicit_mode_is_kept_without_asking_the_engine(OdooMode mode)
    {
        var runtime = new FakeContainerRuntime([OdooImage, PostgresImage], []);

        var decision = await ResolveAsync(new OdooOptions { Mode = mode, SourcePath = "/src/odoo" }, runtime);

        Assert.Equal(mode, decision.Mode);
        Assert.Empty(runtime.Asked);
    }

    private static Task<OdooModeDecision> ResolveAsync(OdooOptions odoo, FakeContainerRuntime? runtime, PostgresOptions? postgres = null) =>
        OdooModeResolver.ResolveAsync(odoo, postgres ?? new PostgresOptions(), _ => Task.FromResult<OdooAspire.Hosting.Containers.IContainerRuntime?>(runtime), CancellationToken.None);

    [Fact]
    public void The_defaults_are_multi_process_without_demo_data_with_the_template_cache()
    {
        var options = new OdooOptions();

        Assert.Equal((2, true, "info", 1, true, false), (options.Workers, options.WithoutDemo, options.LogLevel, options.MaxCronThreads, options.TemplateCache, options.Reset));
    }

    [Fact]
    public void An_unknown_log_level_is_a_configuration_error()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Odoo:LogLevel"] = "verbose" }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => OptionsBinder.Bind<OdooOptions>(configuration, "Odoo"));

        Assert.Contains("Odoo:LogLevel must be one of", error.Message, StringComparison.Ordinal);
    }
}
