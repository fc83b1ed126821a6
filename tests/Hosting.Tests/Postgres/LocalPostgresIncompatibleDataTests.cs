using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Postgres;
using OdooAspire.Hosting.Tests.Infrastructure;

namespace OdooAspire.Hosting.Tests.Postgres;

/// <summary>A data folder written by another major version, started for real: refused clearly, left as it was.</summary>
public sealed class LocalPostgresIncompatibleDataTests : IDisposable
{
    private readonly TemporaryDirectory _dataPath = new();

    [LocalPostgresFact]
    public async Task A_data_folder_of_another_major_version_fails_the_start_with_a_clear_message_and_is_left_untouched()
    {
        var otherVersion = PostgresBinaries.Locate(configured: null).MajorVersion - 1;
        var data = Path.Combine(_dataPath.Path, "postgres", "pg", "data");
        Directory.CreateDirectory(data);
        File.WriteAllText(Path.Combine(data, "PG_VERSION"), $"{otherVersion}\n");
        File.WriteAllText(Path.Combine(data, "precious"), "rows");
        var before = Snapshot(data);

        var builder = TestAppHost.Create("--DataPath", _dataPath.Path);
        var server = builder.AddLocalPostgres("pg");
        var log = ResourceLog.Attach(builder, server.Resource);
        await using (log)
        await using (var app = builder.Build())
        {
            using var timeout = TestTimeouts.LongToken();
            await app.StartAsync(timeout.Token);
            await app.ResourceNotifications.WaitForResourceAsync("pg", KnownResourceStates.FailedToStart, timeout.Token);
            await log.WaitForLineAsync("Nothing was deleted", TestTimeouts.Short);

            Assert.Contains(log.Lines, l => l.Contains($"was created by PostgreSQL {otherVersion}, but the server binaries are PostgreSQL {otherVersion + 1}", StringComparison.Ordinal));
            Assert.Empty(ProcessTable.UsingFolder(_dataPath.Path));
        }

        Assert.Equal(before, Snapshot(data));
    }

    public void Dispose() => _dataPath.Dispose();

    private static string Snapshot(string folder) => string.Join(
        "\n",
        Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(p => $"{p} {(File.Exists(p) ? File.ReadAllText(p) : "<dir>")} {UnixPermissions.Get(p)}"));
}
