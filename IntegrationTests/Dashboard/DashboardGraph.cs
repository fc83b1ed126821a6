namespace OdooAspire.IntegrationTests.Dashboard;

/// <summary>The test classes that look at one running graph through Aspire's dashboard.</summary>
[CollectionDefinition(Name)]
public sealed class DashboardGraph : ICollectionFixture<DashboardGraphFixture>
{
    public const string Name = "dashboard";
}
