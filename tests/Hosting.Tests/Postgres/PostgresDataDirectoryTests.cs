using OdooAspire.Hosting.Postgres;
using OdooAspire.Hosting.Tests.Infrastructure;

namespace OdooAspire.Hosting.Tests.Postgres;

public sealed class PostgresDataDirectoryTests : IDisposable
{
    private readonly TemporaryDirectory _root = new();

    [Fact]
    public void A_data_folder_from_another_major_version_is_reported_and_left_untouched()
    {
        var directory = new PostgresDataDirectory(_root.Path);
        Directory.CreateDirectory(directory.Data);
        File.WriteAllText(Path.Combine(directory.Data, "PG_VERSION"), "14\n");
        File.WriteAllText(Path.Combine(directory.Data, "precious"), "data");

        var error = Assert.Throws<InvalidOperationException>(() => directory.EnsureCompatible(15));

        Assert.Contains("PostgreSQL 14", error.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing was deleted", error.Message, StringComparison.Ordinal);
        Assert.Equal("data", File.ReadAllText(Path.Combine(directory.Data, "precious")));
    }

    [Fact]
    public void A_non_empty_folder_that_is_not_a_data_folder_is_refused()
    {
        var directory = new PostgresDataDirectory(_root.Path);
        Directory.CreateDirectory(directory.Data);
        File.WriteAllText(Path.Combine(directory.Data, "notes.txt"), "mine");

        Assert.Throws<InvalidOperationException>(() => directory.EnsureCompatible(15));
    }

    [Theory]
    [InlineData("postgres (PostgreSQL) 15.14 (Debian 15.14-0+deb12u1)", 15)]
    [InlineData("postgres (PostgreSQL) 17.2", 17)]
    public void The_major_version_is_read_from_postgres_version_output(string output, int major)
    {
        Assert.Equal(major, PostgresBinaries.ParseMajorVersion(output));
    }

    public void Dispose() => _root.Dispose();
}
