using OdooAspire.IntegrationTests.Dashboard;

namespace OdooAspire.IntegrationTests.Infrastructure;

/// <summary>The test classes that share one graph with its dashboard and a chromium to look at both.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserGraph : ICollectionFixture<DashboardGraphFixture>
{
    public const string Name = "graph in a browser";
}
