namespace OdooAspire.IntegrationTests.Infrastructure;

/// <summary>The test classes that share one running graph.</summary>
[CollectionDefinition(Name)]
public sealed class SharedGraph : ICollectionFixture<GraphFixture>
{
    public const string Name = "graph";
}
