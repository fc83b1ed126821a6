using System.Security.Cryptography;
using System.Text;
using OdooAspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Containers;
using OdooAspire.Hosting.Orchestration;

namespace OdooAspire.Hosting.Postgres;

/// <summary>PostgreSQL as a container: the official image, data in a named volume kept between runs.</summary>
internal static class PostgresContainer
{
    public static ContainerLaunch Describe(PostgresServerResource server, string dataPath)
    {
        var endpoint = server.PrimaryEndpoint.Allocated;
        var volume = $"odooaspire-{server.Name}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(dataPath))))[..8]}";
        return new ContainerLaunch(server.Name, $"{server.Options.Image}:{server.Options.Tag}", ContainerLifetime.Session)
        {
            Environment = new Dictionary<string, string>
            {
                ["POSTGRES_USER"] = PostgresServerResource.SuperuserName,
                ["POSTGRES_PASSWORD"] = server.SuperuserPassword.Value,
            },
            Ports = [(endpoint.Port, 5432)],
            Mounts = [new ContainerMountAnnotation(volume, "/var/lib/postgresql/data", IsBindMount: false, IsReadOnly: false)],
        };
    }

    public static async Task WaitAndProvisionAsync(PostgresServerResource server, IRunningResource running, ResourceStartContext context, TimeProvider time, CancellationToken cancellationToken)
    {
        await PostgresProvisioner.WaitForConnectionsAsync(server, running.Completion, context, time, cancellationToken);
        await PostgresProvisioner.EnsureApplicationRoleAsync(server, cancellationToken);
    }
}
