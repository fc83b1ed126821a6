using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Odoo;
using OdooAspire.Hosting.Tests.Infrastructure;

namespace OdooAspire.Hosting.Tests.Odoo;

/// <summary>The application model AddOdoo builds, per mode: no process is started.</summary>
public sealed class OdooModelTests : IDisposable
{
    private readonly TemporaryDirectory _data = new();

    [Fact]
    public void Simulator_mode_is_the_simulator_project_with_odoos_two_endpoints_bound_by_the_process_itself()
    {
        var odoo = Build("--Odoo:Mode", "Simulator");

        var simulator = Assert.IsType<OdooSimulatorResource>(odoo);
        Assert.Equal(SimulatorProject.Path, simulator.Annotations.OfType<IProjectMetadata>().Single().ProjectPath);
        var endpoints = simulator.Annotations.OfType<EndpointAnnotation>().ToDictionary(e => e.Name);
        Assert.Equal(["http", "websocket"], endpoints.Keys.Order());
        Assert.All(endpoints.Values, e => Assert.False(e.IsProxied, $"{e.Name} must not go through the orchestrator's proxy"));
        Assert.All(endpoints.Values, e => Assert.Equal("127.0.0.1", e.TargetHost));
        Assert.Contains(simulator.Annotations.OfType<NoticeAnnotation>(), n => n.Message.StartsWith("NO REAL ODOO IS RUNNING", StringComparison.Ordinal));
    }

    [Fact]
    public void Fixed_ports_from_the_configuration_are_the_ports_odoo_binds()
    {
        var odoo = Build("--Odoo:Mode", "Simulator", "--Odoo:HttpPort", "18069", "--Odoo:WebsocketPort", "18072");

        var endpoints = odoo.Annotations.OfType<EndpointAnnotation>().ToDictionary(e => e.Name);
        Assert.Equal((18069, 18069), (endpoints["http"].Port, endpoints["http"].TargetPort));
        Assert.Equal((18072, 18072), (endpoints["websocket"].Port, endpoints["websocket"].TargetPort));
    }

    [Fact]
    public void Multi_process_odoo_is_healthy_only_when_both_its_http_workers_and_its_gevent_port_answer()
    {
        var multiProcess = Build("--Odoo:Mode", "Simulator");
        var threaded = Build("--Odoo:Mode", "Simulator", "--Odoo:Workers", "0");

        Assert.Equal(2, multiProcess.Annotations.OfType<HealthCheckAnnotation>().Count());
        Assert.Single(threaded.Annotations.OfType<HealthCheckAnnotation>());
    }

    [Fact]
    public async Task The_server_reads_the_generated_odoo_conf_and_serves_the_configured_database()
    {
        var odoo = Build("--Odoo:Mode", "Simulator", "--Odoo:Database", "shop");

        var args = await ArgumentsAsync(odoo);

        Assert.Equal(["--config=" + Path.Combine(_data.Path, "odoo", "odoo", "odoo.conf"), "--database=shop"], args);
    }

    [Fact]
    public async Task Source_mode_runs_odoo_bin_of_the_tree_with_the_configured_python()
    {
        var tree = Directory.CreateDirectory(Path.Combine(_data.Path, "odoo-src")).FullName;
        var odoo = Build("--Odoo:Mode", "Source", "--Odoo:SourcePath", tree, "--Odoo:Python", "/usr/bin/python3");

        var source = Assert.IsType<OdooSourceResource>(odoo);
        Assert.Equal("/usr/bin/python3", source.Command);
        Assert.Equal(tree, source.WorkingDirectory);
        Assert.Equal([Path.Combine(tree, "odoo-bin"), "--config=" + Path.Combine(_data.Path, "odoo", "odoo", "odoo.conf"), "--database=odoo"], await ArgumentsAsync(odoo));
        Assert.Empty(source.Annotations.OfType<NoticeAnnotation>());
    }

    [Fact]
    public void Source_mode_without_a_source_path_says_which_setting_to_give()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build("--Odoo:Mode", "Source"));

        Assert.Contains("Odoo:SourcePath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Container_mode_mounts_the_generated_config_and_keeps_odoos_data_in_a_volume_named_after_the_data_folder()
    {
        var odoo = Build("--Odoo:Mode", "Container", "--Odoo:Version", "17.0");

        var container = Assert.IsType<OdooContainerResource>(odoo);
        var image = container.Annotations.OfType<ContainerImageAnnotation>().Single();
        Assert.Equal(("docker.io", "library/odoo", "17.0"), (image.Registry, image.Image, image.Tag));
        var mounts = container.Annotations.OfType<ContainerMountAnnotation>().ToDictionary(m => m.Target);
        Assert.Equal(Path.Combine(_data.Path, "odoo", "odoo", "odoo.conf"), mounts["/etc/odoo/odoo.conf"].Source);
        Assert.True(mounts["/etc/odoo/odoo.conf"].IsReadOnly);
        Assert.Equal(ContainerMountType.Volume, mounts["/var/lib/odoo"].Type);
        Assert.StartsWith("odooaspire-odoo-", mounts["/var/lib/odoo"].Source, StringComparison.Ordinal);
        var endpoints = container.Annotations.OfType<EndpointAnnotation>().ToDictionary(e => e.Name);
        Assert.Equal((8069, 8072), (endpoints["http"].TargetPort, endpoints["websocket"].TargetPort));
        Assert.All(endpoints.Values, e => Assert.NotNull(e.Port));
    }

    [Fact]
    public void Without_odoo_version_the_image_tag_is_odoo_18()
    {
        var image = Build("--Odoo:Mode", "Container").Annotations.OfType<ContainerImageAnnotation>().Single();

        Assert.Equal("18.0", image.Tag);
    }

    [Theory]
    [InlineData(null, "18.0")]
    [InlineData("17.0", "17.0")]
    [InlineData("19.0", "19.0")]
    public async Task The_simulator_plays_the_configured_odoo_version(string? version, string profile)
    {
        var simulator = Build(["--Odoo:Mode", "Simulator", .. version is null ? Array.Empty<string>() : ["--Odoo:Version", version]]);

        var context = new EnvironmentCallbackContext(new DistributedApplicationExecutionContext(DistributedApplicationOperation.Run));
        foreach (var callback in simulator.Annotations.OfType<EnvironmentCallbackAnnotation>())
        {
            await callback.Callback(context);
        }

        Assert.Equal(profile, context.EnvironmentVariables["Odoo__Version"]);
    }

    [Fact]
    public void A_local_image_is_used_from_the_engine_without_a_registry()
    {
        var odoo = Build("--Odoo:Mode", "Container", "--Odoo:Image", "localhost/odooaspire/odoo");

        var image = odoo.Annotations.OfType<ContainerImageAnnotation>().Single();
        Assert.Equal((null, "localhost/odooaspire/odoo"), (image.Registry, image.Image));
    }

    [Fact]
    public void An_invalid_version_is_refused_with_the_setting_and_the_versions_supported()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build("--Odoo:Mode", "Simulator", "--Odoo:Version", "16.0"));

        Assert.Contains("Odoo:Version must be 17.0, 18.0 or 19.0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Odoo_keeps_its_secrets_in_the_data_folder_so_a_restart_finds_the_same_passwords()
    {
        var first = Build("--Odoo:Mode", "Simulator");
        var second = Build("--Odoo:Mode", "Simulator");

        Assert.Equal(Value(first.AdminPassword), Value(second.AdminPassword));
        Assert.Equal(Value(first.DatabasePassword), Value(second.DatabasePassword));
        Assert.NotEqual(Value(first.AdminPassword), Value(first.DatabasePassword));
        Assert.True(File.Exists(Path.Combine(_data.Path, "secrets.json")));
    }

    public void Dispose() => _data.Dispose();

    private IOdooResource Build(params string[] args)
    {
        var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions
        {
            Args = ["--DataPath", _data.Path, .. args],
            DisableDashboard = true,
        });
        return builder.AddOdoo("odoo", new SimulatorProject()).Resource;
    }

    private static async Task<IReadOnlyList<string>> ArgumentsAsync(IResourceWithArgs resource)
    {
        // The one-call form of what the orchestrator evaluates at launch; its successor needs a running app's services.
#pragma warning disable CS0618
        return await resource.GetArgumentValuesAsync(DistributedApplicationOperation.Run);
#pragma warning restore CS0618
    }

    private static string Value(ParameterResource parameter) =>
        parameter.GetValueAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult() ?? string.Empty;

    private sealed class SimulatorProject : IProjectMetadata
    {
        public static readonly string Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "OdooSimulator", "OdooSimulator.csproj");

        public string ProjectPath => Path;
    }
}
