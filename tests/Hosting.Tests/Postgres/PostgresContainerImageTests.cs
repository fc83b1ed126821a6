using OdooAspire.Hosting.Postgres;

namespace OdooAspire.Hosting.Tests.Postgres;

public sealed class PostgresContainerImageTests
{
    [Theory]
    [InlineData("docker.io", "library/postgres", "docker.io", "docker.io/library/postgres:16")]
    [InlineData("docker.io", "localhost/postgres", null, "localhost/postgres:16")]
    [InlineData("docker.io", "docker.io/library/postgres", null, "docker.io/library/postgres:16")]
    [InlineData("docker.io", "registry.example:5000/pg", null, "registry.example:5000/pg:16")]
    [InlineData("", "postgres", null, "postgres:16")]
    [InlineData("quay.io/", "fedora/postgresql-16", "quay.io", "quay.io/fedora/postgresql-16:16")]
    public void An_image_that_names_its_registry_keeps_it_and_gets_no_other(string registry, string image, string? expectedRegistry, string reference)
    {
        var resolved = PostgresContainerImage.From(new PostgresOptions { Registry = registry, Image = image, Tag = "16" });

        Assert.Equal(expectedRegistry, resolved.Registry);
        Assert.Equal(reference, resolved.Reference);
    }
}
