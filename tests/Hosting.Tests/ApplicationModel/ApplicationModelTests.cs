using OdooAspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Orchestration;
using OdooAspire.Hosting.Tests.Infrastructure;

namespace OdooAspire.Hosting.Tests.ApplicationModel;

public sealed class ApplicationModelTests : IDisposable
{
    private readonly TemporaryDirectory _data = new();

    private DevHostBuilder Builder(params string[] args) => new([.. args, "--DataPath", _data.Path], _data.Path, testing: true);

    [Fact]
    public void WithReference_adds_service_discovery_and_connection_string_variables()
    {
        var builder = Builder();
        var api = builder.AddExecutable("api", "/bin/true", ".").WithHttpEndpoint().WithEndpoint("grpc", "http");
        var postgres = builder.AddPostgres("db");
        var worker = builder.AddExecutable("worker", "/bin/true", ".").WithReference(api).WithReference(postgres);

        var names = worker.Resource.AnnotationsOf<EnvironmentAnnotation>().Select(e => e.Name).ToList();

        Assert.Equal(["services__api__http__0", "services__api__grpc__0", "ConnectionStrings__db", "services__db__tcp__0"], names);
        Assert.True(worker.Resource.AnnotationsOf<EnvironmentAnnotation>().Single(e => e.Name == "ConnectionStrings__db").Value.IsSecret);
    }

    [Fact]
    public async Task Endpoint_references_resolve_to_loopback_for_processes_and_to_the_name_for_containers()
    {
        var builder = Builder();
        var web = builder.AddContainer("web", "nginx:1.27").WithHttpEndpoint(targetPort: 80);
        new EndpointAllocator().Allocate(builder.Resources);
        var reference = web.GetEndpoint("http");

        var fromHost = await reference.GetValueAsync(ValueResolutionContext.Host, CancellationToken.None);
        var fromContainer = await reference.GetValueAsync(new ValueResolutionContext(ConsumerIsContainer: true), CancellationToken.None);

        Assert.Matches(@"^http://127\.0\.0\.1:\d+$", fromHost);
        Assert.Equal("http://web:80", fromContainer);
        Assert.Equal("nginx", web.Resource.Image);
        Assert.Equal("1.27", web.Resource.Tag);
    }

    [Fact]
    public void Start_order_puts_every_resource_after_what_it_waits_for()
    {
        var builder = Builder();
        var c = builder.AddExecutable("c", "/bin/true", ".");
        var b = builder.AddExecutable("b", "/bin/true", ".").WaitFor(c);
        builder.AddExecutable("a", "/bin/true", ".").WaitFor(b).WaitFor(c);

        var order = new ResourceGraph([.. builder.Resources]).StartOrder.Select(r => r.Name);

        Assert.Equal(["c", "b", "a"], order);
    }

    [Fact]
    public void A_wait_cycle_is_reported_with_its_path()
    {
        var builder = Builder();
        var a = builder.AddExecutable("a", "/bin/true", ".");
        var b = builder.AddExecutable("b", "/bin/true", ".").WaitFor(a);
        a.WaitFor(b);

        var error = Assert.Throws<InvalidOperationException>(() => new ResourceGraph([.. builder.Resources]));

        Assert.Contains("a -> b -> a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_and_invalid_names_are_rejected()
    {
        var builder = Builder();
        builder.AddExecutable("api", "/bin/true", ".");

        Assert.Throws<InvalidOperationException>(() => builder.AddExecutable("api", "/bin/true", "."));
        Assert.Throws<ArgumentException>(() => builder.AddExecutable("Bad_Name", "/bin/true", "."));
    }

    [Fact]
    public void A_fixed_port_already_in_use_is_reported_with_the_endpoint()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        var builder = Builder();
        builder.AddExecutable("api", "/bin/true", ".").WithHttpEndpoint(port: port);

        var error = Assert.Throws<InvalidOperationException>(() => new EndpointAllocator().Allocate(builder.Resources));

        Assert.Contains($"Port {port} for endpoint 'http'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Command_line_overrides_appsettings_and_invalid_values_name_the_key()
    {
        var builder = Builder("--Odoo:Workers", "0", "--Odoo:Database", "livechat");
        var odoo = builder.AddOdoo("odoo");

        Assert.Equal(0, odoo.Resource.Options.Workers);
        Assert.Equal("livechat", odoo.Resource.Options.Database);
        var error = Assert.Throws<InvalidOperationException>(() => Builder("--Odoo:Version", "16.0").AddOdoo("odoo"));
        Assert.Contains("Odoo:Version", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => Builder("--Postgres:ApplicationUser", "postgres").AddPostgres("pg"));
    }

    [Fact]
    public void Generated_secrets_are_kept_in_a_file_only_the_user_can_read_and_stay_the_same()
    {
        var first = Builder().AddParameter("token", generate: true).Resource.Value;
        var second = Builder().AddParameter("token", generate: true).Resource.Value;

        Assert.Equal(first, second);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, UnixPermissions.Get(Path.Combine(_data.Path, "secrets.json")));
        Assert.Equal("configured", Builder("--Parameters:token", "configured").AddParameter("token", generate: true).Resource.Value);
        var missing = Builder().AddParameter("absent").Resource;
        Assert.Contains("Parameters:absent", Assert.Throws<InvalidOperationException>(() => missing.Value).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Odoo_mode_auto_is_the_simulator_without_a_source_tree_and_says_so_loudly()
    {
        var simulator = Builder().AddOdoo("odoo").Resource;
        var source = Builder("--Odoo:SourcePath", "/opt/odoo").AddOdoo("odoo").Resource;

        Assert.Equal(OdooAspire.Hosting.Odoo.OdooMode.Simulator, simulator.Mode);
        Assert.Contains("NO REAL ODOO IS RUNNING", simulator.AnnotationsOf<NoticeAnnotation>().Single().Message, StringComparison.Ordinal);
        Assert.Equal(OdooAspire.Hosting.Odoo.OdooMode.Source, source.Mode);
        Assert.Empty(source.AnnotationsOf<NoticeAnnotation>());
    }

    public void Dispose() => _data.Dispose();
}
