using OdooAspire.Hosting.Postgres;
using OdooAspire.Hosting.Tests.Infrastructure;

namespace OdooAspire.Hosting.Tests.Postgres;

public sealed class PostgresDataDirectoryTests : IDisposable
{
    private readonly TemporaryDirectory _dataPath = new();

    [Fact]
    public void A_data_folder_from_another_major_version_is_reported_and_left_untouched()
    {
        var folders = new PostgresDataDirectory(_dataPath.Path, "pg");
        Directory.CreateDirectory(folders.Data);
        File.WriteAllText(Path.Combine(folders.Data, "PG_VERSION"), "14\n");
        File.WriteAllText(Path.Combine(folders.Data, "precious"), "data");

        var error = Assert.Throws<InvalidOperationException>(() => folders.EnsureCompatible(15));

        Assert.Contains($"'{folders.Data}' was created by PostgreSQL 14, but the server binaries are PostgreSQL 15", error.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing was deleted", error.Message, StringComparison.Ordinal);
        Assert.Equal(["PG_VERSION", "precious"], Directory.EnumerateFiles(folders.Data).Select(Path.GetFileName).Order());
        Assert.Equal("data", File.ReadAllText(Path.Combine(folders.Data, "precious")));
    }

    [Fact]
    public void A_non_empty_folder_that_is_not_a_data_folder_is_refused()
    {
        var folders = new PostgresDataDirectory(_dataPath.Path, "pg");
        Directory.CreateDirectory(folders.Data);
        File.WriteAllText(Path.Combine(folders.Data, "notes.txt"), "mine");

        var error = Assert.Throws<InvalidOperationException>(() => folders.EnsureCompatible(15));

        Assert.Contains("is not a PostgreSQL data folder", error.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folders.Data, "notes.txt")));
    }

    [Fact]
    public void A_missing_or_empty_folder_and_a_folder_of_the_same_version_are_accepted()
    {
        var folders = new PostgresDataDirectory(_dataPath.Path, "pg");
        folders.EnsureCompatible(15);
        Directory.CreateDirectory(folders.Data);
        folders.EnsureCompatible(15);
        File.WriteAllText(Path.Combine(folders.Data, "PG_VERSION"), "15\n");

        folders.EnsureCompatible(15);

        Assert.True(folders.IsInitialised);
    }

    public void Dispose() => _dataPath.Dispose();
}
