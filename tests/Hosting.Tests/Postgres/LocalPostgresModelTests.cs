using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OdooAspire.Hosting.Postgres;
using OdooAspire.Hosting.Tests.Infrastructure;

namespace OdooAspire.Hosting.Tests.Postgres;

/// <summary>Model tests of AddLocalPostgres: the resource as Aspire's orchestrator will see it, nothing started.</summary>
public sealed class LocalPostgresModelTests : IDisposable
{
    private readonly ModelBuilder _model = new();

    [Fact]
    public void The_tcp_endpoint_listens_on_loopback_without_a_proxy_on_a_port_the_orchestrator_picks()
    {
        var server = _model.Builder.AddLocalPostgres("pg").Resource;

        var endpoint = server.Annotations.OfType<EndpointAnnotation>().Single();
        Assert.Equal(("tcp", "tcp", false, "127.0.0.1"), (endpoint.Name, endpoint.UriScheme, endpoint.IsProxied, endpoint.TargetHost));
        Assert.Null(endpoint.Port);
        Assert.Null(endpoint.TargetPort);
        Assert.Equal("tcp", server.PrimaryEndpoint.EndpointName);
    }

    [Fact]
    public void A_fixed_port_is_both_the_port_and_the_target_port()
    {
        var server = _model.Builder.AddLocalPostgres("pg", port: 15433).Resource;

        var endpoint = server.Annotations.OfType<EndpointAnnotation>().Single();
        Assert.Equal((15433, 15433, false), (endpoint.Port, endpoint.TargetPort, endpoint.IsProxied));
    }

    [Fact]
    public void The_connection_string_expression_has_the_shape_of_Aspire_s_postgres_server()
    {
        var server = _model.Builder.AddLocalPostgres("pg").Resource;

        var expression = server.ConnectionStringExpression;
        Assert.Equal("Host={0};Port={1};Username=postgres;Password={2}", expression.Format);
        Assert.Collection(expression.ValueProviders,
            host => Assert.Equal(EndpointProperty.Host, Assert.IsType<EndpointReferenceExpression>(host).Property),
            port => Assert.Equal(EndpointProperty.Port, Assert.IsType<EndpointReferenceExpression>(port).Property),
            password => Assert.Same(server.PasswordParameter, password));
        Assert.Equal(["Host", "Port", "Username", "Password", "Uri"], ((IResourceWithConnectionString)server).GetConnectionProperties().Select(p => p.Key));
    }

    [Fact]
    public async Task The_superuser_password_is_a_secret_kept_in_the_data_folder_under_the_server_s_name()
    {
        var server = _model.Builder.AddLocalPostgres("pg").Resource;

        Assert.Equal("pg-superuser-password", server.PasswordParameter.Name);
        Assert.True(server.PasswordParameter.Secret);
        using var secrets = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_model.Data.Path, "secrets.json")));
        using var timeout = TestTimeouts.ShortToken();
        Assert.Equal(secrets.RootElement.GetProperty("pg-superuser-password").GetString(), await server.PasswordParameter.GetValueAsync(timeout.Token));
    }

    [Fact]
    public void The_data_and_socket_folders_keep_the_layout_of_earlier_versions()
    {
        var server = _model.Builder.AddLocalPostgres("pg").Resource;

        var root = Path.Combine(_model.Data.Path, "postgres", "pg");
        Assert.Equal(Path.Combine(root, "data"), server.DataDirectory);
        Assert.Equal(Path.Combine(root, "run"), server.SocketDirectory);
        Assert.Equal(root, server.WorkingDirectory);
        Assert.Equal(_model.BinDirectory, server.BinDirectory);
        Assert.Equal(Path.Combine(_model.BinDirectory, "pg_dump"), server.Binaries.Dump);
        Assert.Equal(Path.Combine(_model.BinDirectory, "pg_restore"), server.Binaries.Restore);
    }

    [Fact]
    public async Task The_server_runs_under_the_fast_stop_wrapper_on_the_endpoint_s_port()
    {
        var server = _model.Builder.AddLocalPostgres("pg", new PostgresOptions { BinDirectory = _model.BinDirectory }, password: null, port: null, runAsUser: null).Resource;

        var args = await ArgumentsAsync(server);

        Assert.Equal("/bin/sh", server.Command);
        Assert.Equal(["-c", LocalPostgresCommandLine.StopWrapper, "odooaspire-postgres", Path.Combine(_model.BinDirectory, "postgres")], args.Take(4));
        Assert.Equal(
            ["-D", server.DataDirectory, "-p", "(tcp TargetPort)", "-c", "listen_addresses=127.0.0.1", "-c", $"unix_socket_directories={server.SocketDirectory}", "-c", "logging_collector=off"],
            args.Skip(4).Select(Describe));
    }

    [Fact]
    public async Task As_root_the_wrapper_and_the_server_run_as_the_OS_account_through_setpriv()
    {
        var server = _model.Builder.AddLocalPostgres("pg", new PostgresOptions { BinDirectory = _model.BinDirectory }, password: null, port: null, runAsUser: "postgres").Resource;

        var args = await ArgumentsAsync(server);

        Assert.Equal("setpriv", Path.GetFileName(server.Command));
        Assert.Equal(["--reuid=postgres", "--regid=postgres", "--init-groups", "--", "/bin/sh", "-c", LocalPostgresCommandLine.StopWrapper], args.Take(7));
    }

    [Fact]
    public void The_OS_account_is_Postgres_OsUser_exactly_when_the_AppHost_runs_as_root()
    {
        _model.Builder.Configuration["Postgres:OsUser"] = "pgrunner";

        var server = _model.Builder.AddLocalPostgres("pg").Resource;

        Assert.Equal(Environment.UserName == "root" ? "pgrunner" : null, server.RunAsUser);
    }

    [Fact]
    public async Task The_server_runs_in_the_C_UTF_8_locale()
    {
        var server = _model.Builder.AddLocalPostgres("pg").Resource;

        var context = new EnvironmentCallbackContext(new DistributedApplicationExecutionContext(DistributedApplicationOperation.Run));
        foreach (var callback in server.Annotations.OfType<EnvironmentCallbackAnnotation>())
        {
            await callback.Callback(context);
        }

        Assert.Equal("C.UTF-8", context.EnvironmentVariables["LC_ALL"]);
    }

    [Fact]
    public void A_health_check_is_registered_under_the_key_the_resource_names()
    {
        var server = _model.Builder.AddLocalPostgres("pg").Resource;

        var key = Assert.Single(server.Annotations.OfType<HealthCheckAnnotation>()).Key;
        Assert.Equal("pg_check", key);
        using var app = _model.Builder.Build();
        var registration = app.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations.Single(r => r.Name == key);
        Assert.IsType<PostgresConnectionHealthCheck>(registration.Factory(app.Services));
    }

    [Fact]
    public void A_bin_folder_without_the_server_names_Postgres_BinDirectory()
    {
        using var empty = new TemporaryDirectory();
        _model.Builder.Configuration["Postgres:BinDirectory"] = empty.Path;

        var error = Assert.Throws<InvalidOperationException>(() => _model.Builder.AddLocalPostgres("pg"));

        Assert.Contains($"Postgres:BinDirectory is '{empty.Path}' but it holds no initdb and postgres", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _model.Dispose();

    private static async Task<IReadOnlyList<object>> ArgumentsAsync(LocalPostgresServerResource server)
    {
        var args = new List<object>();
        var context = new CommandLineArgsCallbackContext(args, server, CancellationToken.None);
        foreach (var callback in server.Annotations.OfType<CommandLineArgsCallbackAnnotation>())
        {
            await callback.Callback(context);
        }

        return args;
    }

    private static string Describe(object argument) => argument is EndpointReferenceExpression e
        ? $"({e.Endpoint.EndpointName} {e.Property})"
        : (string)argument;
}
