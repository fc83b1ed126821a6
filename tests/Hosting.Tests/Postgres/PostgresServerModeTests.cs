using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Postgres;
using OdooAspire.Hosting.Tests.Infrastructure;

namespace OdooAspire.Hosting.Tests.Postgres;

/// <summary>Model tests of AddPostgresServer: which resource Postgres:Mode gives, and how it is configured.</summary>
public sealed class PostgresServerModeTests
{
    private const string LocalImage = "localhost/postgres:15";

    [Fact]
    public void Local_mode_adds_the_local_server_without_probing_for_a_container_engine()
    {
        using var model = new ModelBuilder("--Postgres:Mode", "Local");

        var server = model.Builder.AddPostgresServer("postgres", FakeContainerEngines.MustNotBeAsked).Resource;

        Assert.IsType<LocalPostgresServerResource>(server);
        Assert.Empty(model.Builder.Resources.OfType<ContainerResource>());
        Assert.Equal(new PostgresModeDecision(PostgresMode.Local, "Postgres:Mode is Local"), Decision(server));
    }

    [Fact]
    public void Container_mode_adds_Aspire_s_container_with_the_configured_image_and_a_volume_named_after_the_data_folder()
    {
        using var model = new ModelBuilder("--Postgres:Mode", "Container", "--Postgres:Image", "localhost/postgres", "--Postgres:Tag", "15");

        var server = Assert.IsType<PostgresServerResource>(model.Builder.AddPostgresServer("postgres", FakeContainerEngines.PodmanWith()).Resource);

        var image = server.Annotations.OfType<ContainerImageAnnotation>().Single();
        Assert.Equal(("localhost/postgres", "15", (string?)null), (image.Image, image.Tag, image.Registry));
        var volume = server.Annotations.OfType<ContainerMountAnnotation>().Single();
        Assert.Equal(PostgresContainerVolume.Name("postgres", model.Data.Path), volume.Source);
        Assert.Matches("^odooaspire-postgres-[0-9a-f]{8}$", volume.Source);
        Assert.Equal("/var/lib/postgresql/data", volume.Target);
        Assert.Equal("postgres-superuser-password", server.PasswordParameter.Name);
        Assert.Empty(server.Annotations.OfType<ContainerImagePullPolicyAnnotation>());
        Assert.Equal(PostgresMode.Container, Decision(server).Mode);
    }

    [Fact]
    public void Without_image_settings_the_container_is_docker_hub_s_postgres_16()
    {
        using var model = new ModelBuilder("--Postgres:Mode", "Container");

        var server = model.Builder.AddPostgresServer("postgres", FakeContainerEngines.PodmanWith()).Resource;

        var image = server.Annotations.OfType<ContainerImageAnnotation>().Single();
        Assert.Equal(("library/postgres", "16", "docker.io"), (image.Image, image.Tag, image.Registry));
    }

    [Fact]
    public void Auto_mode_runs_a_container_when_an_engine_answers_and_has_the_image_and_never_pulls()
    {
        using var model = new ModelBuilder("--Postgres:Image", "localhost/postgres", "--Postgres:Tag", "15");

        var server = model.Builder.AddPostgresServer("postgres", FakeContainerEngines.PodmanWith(LocalImage)).Resource;

        Assert.IsType<PostgresServerResource>(server);
        Assert.Equal(ImagePullPolicy.Never, server.Annotations.OfType<ContainerImagePullPolicyAnnotation>().Single().ImagePullPolicy);
        Assert.Equal($"Postgres:Mode Auto chose a container: podman answers and has {LocalImage}", Decision(server).Reason);
    }

    [Fact]
    public void Auto_mode_falls_back_to_the_local_binaries_when_no_engine_answers()
    {
        using var model = new ModelBuilder();

        var server = model.Builder.AddPostgresServer("postgres", FakeContainerEngines.None).Resource;

        Assert.IsType<LocalPostgresServerResource>(server);
        Assert.Contains("no container engine answers", Decision(server).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Auto_mode_falls_back_to_the_local_binaries_when_the_engine_lacks_the_image()
    {
        using var model = new ModelBuilder("--Postgres:Image", "localhost/postgres", "--Postgres:Tag", "15");

        var server = model.Builder.AddPostgresServer("postgres", FakeContainerEngines.PodmanWith("localhost/postgres:16")).Resource;

        Assert.IsType<LocalPostgresServerResource>(server);
        Assert.Equal(
            $"Postgres:Mode Auto chose the local binaries: podman answers but has no {LocalImage} (Auto mode pulls nothing)",
            Decision(server).Reason);
    }

    [Fact]
    public void Container_mode_without_an_answering_engine_says_what_to_do()
    {
        using var model = new ModelBuilder("--Postgres:Mode", "Container");

        var error = Assert.Throws<InvalidOperationException>(() => model.Builder.AddPostgresServer("postgres", FakeContainerEngines.None));

        Assert.Contains("Postgres:Mode is Container but no container engine answers", error.Message, StringComparison.Ordinal);
        Assert.Contains("set Postgres:Mode to Local or Auto", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_mode_names_the_key_the_value_and_the_allowed_values()
    {
        using var model = new ModelBuilder("--Postgres:Mode", "Kubernetes");

        var error = Assert.Throws<InvalidOperationException>(() => model.Builder.AddPostgresServer("postgres", FakeContainerEngines.MustNotBeAsked));

        Assert.Equal("Postgres:Mode is 'Kubernetes'; it must be Auto, Container, Local.", error.Message);
    }

    [Fact]
    public void A_port_out_of_range_names_its_key()
    {
        using var model = new ModelBuilder("--Postgres:Mode", "Local", "--Postgres:Port", "70000");

        var error = Assert.Throws<InvalidOperationException>(() => model.Builder.AddPostgresServer("postgres", FakeContainerEngines.MustNotBeAsked));

        Assert.Contains("Postgres:Port", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_configured_port_is_the_local_server_s_port()
    {
        using var model = new ModelBuilder("--Postgres:Mode", "Local", "--Postgres:Port", "15432");

        var server = (LocalPostgresServerResource)model.Builder.AddPostgresServer("postgres", FakeContainerEngines.MustNotBeAsked).Resource;

        var endpoint = server.Annotations.OfType<EndpointAnnotation>().Single();
        Assert.Equal((15432, 15432), (endpoint.Port, endpoint.TargetPort));
    }

    [Fact]
    public async Task Both_modes_give_the_same_connection_string_for_the_same_address_and_password()
    {
        using var local = new ModelBuilder("--Postgres:Mode", "Local");
        using var container = new ModelBuilder("--Postgres:Mode", "Container", "--Parameters:postgres-superuser-password", "s3cret");
        local.Builder.Configuration["Parameters:postgres-superuser-password"] = "s3cret";

        var fromLocal = await ConnectionStringAtAsync(local.Builder.AddPostgresServer("postgres", FakeContainerEngines.MustNotBeAsked).Resource);
        var fromContainer = await ConnectionStringAtAsync(container.Builder.AddPostgresServer("postgres", FakeContainerEngines.PodmanWith()).Resource);

        Assert.Equal("Host=127.0.0.1;Port=5599;Username=postgres;Password=s3cret", fromLocal);
        Assert.Equal(fromContainer, fromLocal);
    }

    private static PostgresModeDecision Decision(IResource server) => server.Annotations.OfType<PostgresModeDecision>().Single();

    private static async Task<string?> ConnectionStringAtAsync(IResourceWithConnectionString server)
    {
        var endpoint = server.Annotations.OfType<EndpointAnnotation>().Single(e => e.Name == "tcp");
        endpoint.AllocatedEndpoint = new AllocatedEndpoint(endpoint, "127.0.0.1", 5599);
        using var timeout = TestTimeouts.ShortToken();
        return await server.GetConnectionStringAsync(timeout.Token);
    }
}
