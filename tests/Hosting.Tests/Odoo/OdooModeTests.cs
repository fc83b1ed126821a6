using Microsoft.Extensions.Configuration;
using OdooAspire.Hosting.Odoo;

namespace OdooAspire.Hosting.Tests.Odoo;

public sealed class OdooModeTests
{
    [Fact]
    public void Auto_runs_the_source_tree_when_one_is_configured()
    {
        Assert.Equal(OdooMode.Source, OdooBuilderExtensions.ResolveMode(new OdooOptions { SourcePath = "/src/odoo" }));
    }

    [Fact]
    public void Auto_falls_back_to_the_simulator_without_a_source_tree()
    {
        Assert.Equal(OdooMode.Simulator, OdooBuilderExtensions.ResolveMode(new OdooOptions { SourcePath = " " }));
    }

    [Theory]
    [InlineData(OdooMode.Source)]
    [InlineData(OdooMode.Simulator)]
    [InlineData(OdooMode.Container)]
    public void An_explicit_mode_is_kept(OdooMode mode)
    {
        Assert.Equal(mode, OdooBuilderExtensions.ResolveMode(new OdooOptions { Mode = mode, SourcePath = "/src/odoo" }));
    }

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
