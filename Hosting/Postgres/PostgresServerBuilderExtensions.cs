using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OdooAspire.Hosting.Containers;
using OdooAspire.Hosting.Postgres;

namespace Aspire.Hosting;

/// <summary>Adds the environment's PostgreSQL server, as a container or from the local binaries (<c>Postgres:Mode</c>).</summary>
public static class PostgresServerBuilderExtensions
{
    /// <summary>
    /// Adds the PostgreSQL server the <c>Postgres</c> configuration section asks for: Aspire's container
    /// (<see cref="PostgresServerResource"/>, data in a volume named after DataPath) or the local binaries
    /// (<see cref="LocalPostgresServerResource"/>, data in DataPath). In Auto mode the container is used only when an
    /// engine answers and already has the image. Either way the superuser password is the stored secret
    /// <c>{name}-superuser-password</c> and the connection string is Aspire's PostgreSQL one.
    /// </summary>
    /// <param name="builder">The AppHost builder.</param>
    /// <param name="name">The resource name.</param>
    public static IResourceBuilder<IResourceWithConnectionString> AddPostgresServer(this IDistributedApplicationBuilder builder, [ResourceName] string name)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var runtime = builder.Configuration[ContainerEngine.RuntimeKey];
        return builder.AddPostgresServer(name, () => ContainerEngine.Detect(runtime));
    }

    /// <summary>The stored secret holding a server's superuser password (existing data folders have it under this name).</summary>
    internal static string PasswordSecretName(string serverName) => $"{serverName}-superuser-password";

    internal static IResourceBuilder<IResourceWithConnectionString> AddPostgresServer(
        this IDistributedApplicationBuilder builder, string name, Func<ContainerEngine?> detectEngine)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(name);
        var options = PostgresOptions.Read(builder.Configuration);
        var decision = PostgresModeResolver.Resolve(options, detectEngine);
        IResourceWithConnectionString server = decision.Mode == PostgresMode.Container
            ? builder.AddPostgresContainer(name, options, decision).WithModeDecision(decision).Resource
            : builder.AddLocalPostgres(name, options, password: null, options.Port, Environment.UserName == "root" ? options.OsUser : null)
                .WithModeDecision(decision).Resource;
        return builder.CreateResourceBuilder(server);
    }

    private static IResourceBuilder<PostgresServerResource> AddPostgresContainer(
        this IDistributedApplicationBuilder builder, string name, PostgresOptions options, PostgresModeDecision decision)
    {
        var image = PostgresContainerImage.From(options);
        var password = builder.AddStoredSecret(PasswordSecretName(name));
        // Proxied like Aspire's default: other containers reach it by name on the containers' network without the
        // proxy; only host clients go through it, and a proxy-less container port would default to host port 5432.
        var container = builder.AddPostgres(name, password: password, port: options.Port)
            .WithImage(image.Image, image.Tag)
            .WithImageRegistry(image.Registry)
            .WithDataVolume(PostgresContainerVolume.Name(name, builder.GetDataPath()));
        // Auto checked that the image is here; never reach for a registry nobody asked for.
        return decision.Mode == PostgresMode.Container && options.Mode == PostgresMode.Auto
            ? container.WithImagePullPolicy(ImagePullPolicy.Never)
            : container;
    }

    /// <summary>Keeps the decision on the resource and tells it, with its reason, in the log and properties at start.</summary>
    private static IResourceBuilder<T> WithModeDecision<T>(this IResourceBuilder<T> builder, PostgresModeDecision decision) where T : IResource =>
        builder.WithAnnotation(decision).OnBeforeResourceStarted(async (resource, @event, _) =>
        {
            @event.Services.GetRequiredService<ResourceLoggerService>().GetLogger(resource).LogInformation("{Decision}", decision.Reason);
            await @event.Services.GetRequiredService<ResourceNotificationService>().PublishUpdateAsync(resource, s => s with
            {
                Properties = [.. s.Properties.Where(p => p.Name != PostgresModeDecision.Property), new ResourcePropertySnapshot(PostgresModeDecision.Property, decision.Reason)],
            });
        });
}
