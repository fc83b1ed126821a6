using OdooAspire.Hosting.State;

namespace OdooAspire.Hosting.Tests.State;

public sealed class RunningEnvironmentFileTests : IDisposable
{
    private readonly string _dataPath = Directory.CreateTempSubdirectory("running-env-").FullName;

    [Fact]
    public void A_written_environment_reads_back_while_its_process_lives_and_is_private()
    {
        var urls = new Dictionary<string, string> { ["Gateway"] = "http://127.0.0.1:40123", ["Dashboard"] = "http://127.0.0.1:40124/?t=secret" };
        RunningEnvironmentFile.Write(_dataPath, new RunningEnvironment(Environment.ProcessId, DateTimeOffset.UnixEpoch, urls));

        var read = RunningEnvironmentFile.TryRead(_dataPath);

        Assert.NotNull(read);
        Assert.Equal(Environment.ProcessId, read.ProcessId);
        Assert.Equal("http://127.0.0.1:40123", read.Urls["Gateway"]);
        Assert.Equal(UnixPermissions.OwnerOnly, UnixPermissions.Get(RunningEnvironmentFile.PathIn(_dataPath)));
    }

    [Fact]
    public void A_file_of_a_process_that_no_longer_runs_reads_as_no_environment()
    {
        RunningEnvironmentFile.Write(_dataPath, new RunningEnvironment(int.MaxValue, DateTimeOffset.UnixEpoch, new Dictionary<string, string>()));

        Assert.Null(RunningEnvironmentFile.TryRead(_dataPath));
    }

    [Fact]
    public void Only_the_host_that_wrote_the_file_removes_it()
    {
        RunningEnvironmentFile.Write(_dataPath, new RunningEnvironment(Environment.ProcessId, DateTimeOffset.UnixEpoch, new Dictionary<string, string>()));

        RunningEnvironmentFile.Remove(_dataPath, Environment.ProcessId + 1);
        Assert.True(File.Exists(RunningEnvironmentFile.PathIn(_dataPath)));

        RunningEnvironmentFile.Remove(_dataPath, Environment.ProcessId);
        Assert.False(File.Exists(RunningEnvironmentFile.PathIn(_dataPath)));
    }

    [Fact]
    public void A_missing_or_corrupt_file_reads_as_no_environment()
    {
        Assert.Null(RunningEnvironmentFile.TryRead(_dataPath));

        File.WriteAllText(RunningEnvironmentFile.PathIn(_dataPath), "{not json");
        Assert.Null(RunningEnvironmentFile.TryRead(_dataPath));
    }

    public void Dispose() => Directory.Delete(_dataPath, recursive: true);
}
