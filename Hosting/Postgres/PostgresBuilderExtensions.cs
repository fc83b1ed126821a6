using OdooAspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Postgres;
using OdooAspire.Hosting.Readiness;

namespace OdooAspire.Hosting;

/// <summary>Adds PostgreSQL servers and databases.</summary>
public static class PostgresBuilderExtensions
{
    /// <summary>
    /// Adds a PostgreSQL server configured by the <c>Postgres</c> section: a container when an engine answers,
    /// else the local server binaries; data kept under DataPath; application role with a generated password.
    /// </summary>
    public static IResourceBuilder<PostgresServerResource> AddPostgres(this IDevHostBuilder builder, string name)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = OptionsBinder.Bind<PostgresOptions>(builder.Configuration, KnownConfigNames.PostgresSection);
        var superuser = builder.AddParameter($"{name}-superuser-password", secret: true, generate: true);
        var application = builder.AddParameter($"{name}-password", secret: true, generate: true);
        var server = new PostgresServerResource(name, superuser.Resource, application.Resource, options);
        var resource = builder.AddResource(server).WithEndpoint(PostgresServerResource.EndpointName, "tcp", options.Port, targetPort: 5432);
        return resource.WithHealthCheck(new PostgresReadinessCheck(server));
    }

    /// <summary>Adds a database created on first start (owned by the application role).</summary>
    public static IResourceBuilder<PostgresDatabaseResource> AddDatabase(this IResourceBuilder<PostgresServerResource> server, string name, string? databaseName = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        var database = new PostgresDatabaseResource(name, databaseName ?? name, server.Resource);
        var resource = server.ApplicationBuilder.AddResource(database).WaitFor(server);
        return resource.WithHealthCheck(new PostgresReadinessCheck(database));
    }
}
