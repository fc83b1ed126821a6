using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OdooAspire.Hosting.Postgres;

namespace Aspire.Hosting;

/// <summary>Adds PostgreSQL run from the local server binaries (no container engine needed).</summary>
public static class LocalPostgresBuilderExtensions
{
    /// <summary>
    /// Adds a PostgreSQL server run from the local binaries (<c>Postgres:BinDirectory</c>, else found with pg_config,
    /// PATH or /usr/lib/postgresql), with its cluster in <c>DataPath/postgres/name/data</c>, initialised on first start,
    /// listening on 127.0.0.1 without a proxy. As root it runs as <c>Postgres:OsUser</c>. Its connection string is the
    /// one of Aspire's PostgreSQL server, and it is healthy once it answers <c>SELECT 1</c>.
    /// </summary>
    /// <param name="builder">The AppHost builder.</param>
    /// <param name="name">The resource name.</param>
    /// <param name="password">The superuser's password; by default a stored secret named <c>{name}-superuser-password</c>.</param>
    /// <param name="port">A fixed port; a free one when null.</param>
    public static IResourceBuilder<LocalPostgresServerResource> AddLocalPostgres(
        this IDistributedApplicationBuilder builder, [ResourceName] string name, IResourceBuilder<ParameterResource>? password = null, int? port = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = PostgresOptions.Read(builder.Configuration);
        return builder.AddLocalPostgres(name, options, password, port, Environment.UserName == "root" ? options.OsUser : null);
    }

    internal static IResourceBuilder<LocalPostgresServerResource> AddLocalPostgres(
        this IDistributedApplicationBuilder builder, string name, PostgresOptions options, IResourceBuilder<ParameterResource>? password, int? port, string? runAsUser)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(options);
        var binaries = PostgresBinaries.Locate(options.BinDirectory);
        var folders = new PostgresDataDirectory(builder.GetDataPath(), name);
        var passwordParameter = password?.Resource ?? builder.AddStoredSecret(PostgresServerBuilderExtensions.PasswordSecretName(name)).Resource;
        var server = new LocalPostgresServerResource(name, passwordParameter, binaries, folders, runAsUser);

        var healthCheckKey = $"{name}_check";
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            healthCheckKey, _ => new PostgresConnectionHealthCheck(server), failureStatus: null, tags: null));

        return builder.AddResource(server)
            .WithEndpoint(LocalPostgresServerResource.PrimaryEndpointName, endpoint =>
            {
                // Not proxied: clients reach the server itself, and a proxy-less port must equal its target port.
                endpoint.Protocol = ProtocolType.Tcp;
                endpoint.UriScheme = "tcp";
                endpoint.TargetHost = "127.0.0.1";
                endpoint.IsProxied = false;
                endpoint.Port = port;
                endpoint.TargetPort = port;
            })
            .WithArgs(context => LocalPostgresCommandLine.AddArguments(server, context.Args))
            .WithEnvironment("LC_ALL", "C.UTF-8")
            .WithIconName("DatabaseMultiple")
            .WithHealthCheck(healthCheckKey)
            .OnBeforeResourceStarted(LocalPostgresStartup.RunAsync);
    }
}
