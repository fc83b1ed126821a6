using OdooAspire.Dashboard.Storage;

namespace OdooAspire.Dashboard.Tests.Infrastructure;

/// <summary>A started dashboard on free loopback ports with a fake resource catalog.</summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    private DashboardHost? _host;

    internal FakeResourceCatalog Catalog { get; } = FakeResourceCatalog.WithOdooGraph(DateTimeOffset.UtcNow);

    public DashboardUrls Urls { get; private set; } = null!;

    internal TelemetryStores Stores => _host!.Stores;

    internal string Token => _host!.Token.Value;

    public async Task InitializeAsync()
    {
        _host = new DashboardHost(new DashboardOptions(), Catalog);
        Urls = await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
