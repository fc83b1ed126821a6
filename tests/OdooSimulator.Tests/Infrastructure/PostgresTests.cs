namespace OdooAspire.OdooSimulator.Tests.Infrastructure;

/// <summary>Every test that needs PostgreSQL shares one server; each simulator gets its own database.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresTests : ICollectionFixture<PostgresServerFixture>
{
    public const string Name = "PostgreSQL";
}
