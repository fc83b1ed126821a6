using OdooAspire.Hosting.Tests.Infrastructure;

namespace OdooAspire.Hosting.Tests.Odoo.Fixtures;

/// <summary>One PostgreSQL cluster for a test class, on its own data folder, stopped (and proved gone) afterwards.</summary>
public sealed class PostgresClusterFixture : IAsyncLifetime
{
    private readonly TemporaryDirectory _data = new();

    internal PostgresCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync() => Cluster = await PostgresCluster.StartAsync(_data.Path);

    public async Task DisposeAsync()
    {
        try
        {
            if (Cluster is not null)
            {
                await Cluster.DisposeAsync();
            }
        }
        finally
        {
            _data.Dispose();
        }
    }
}
