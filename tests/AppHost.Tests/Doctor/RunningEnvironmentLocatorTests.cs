using System.Text.Json;
using Microsoft.Extensions.Configuration;
using OdooAspire.AppHost.Doctor;
using OdooAspire.AppHost.State;

namespace OdooAspire.AppHost.Tests.Doctor;

public sealed class RunningEnvironmentLocatorTests : IDisposable
{
    private readonly string _dataPath = Directory.CreateTempSubdirectory("doctor-env-").FullName;

    [Fact]
    public void The_gateway_url_of_a_live_host_is_the_target_with_the_development_login_of_its_database()
    {
        Record(Environment.ProcessId, new Dictionary<string, string> { ["Gateway"] = "http://127.0.0.1:40123", ["Dashboard"] = "http://127.0.0.1:40124/?t=x" });
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Odoo:Database", "shop")]).Build();

        var (target, credentials, foundIn) = RunningEnvironmentLocator.Locate(_dataPath, configuration);

        Assert.Equal(new Uri("http://127.0.0.1:40123"), target);
        Assert.Equal(new OdooCredentials("shop", "admin", "admin"), credentials);
        Assert.Contains($"pid {Environment.ProcessId}", foundIn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_left_by_a_host_that_died_is_ignored()
    {
        Record(int.MaxValue, new Dictionary<string, string> { ["Gateway"] = "http://127.0.0.1:40123" });

        var error = Assert.Throws<DoctorUsageException>(() => RunningEnvironmentLocator.Locate(_dataPath, new ConfigurationBuilder().Build()));

        Assert.Contains("no running environment found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_environment_without_a_gateway_url_asks_for_the_url()
    {
        Record(Environment.ProcessId, new Dictionary<string, string> { ["Dashboard"] = "http://127.0.0.1:40124" });

        var error = Assert.Throws<DoctorUsageException>(() => RunningEnvironmentLocator.Locate(_dataPath, new ConfigurationBuilder().Build()));

        Assert.Contains("pass --url", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_data_path_is_the_configured_folder_made_absolute()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("DataPath", "some/relative/folder")]).Build();

        Assert.Equal(Path.GetFullPath("some/relative/folder"), RunningEnvironmentLocator.DataPathOf(configuration));
    }

    [Fact]
    public void Without_a_configured_data_path_the_per_user_odooaspire_folder_is_used()
    {
        var path = RunningEnvironmentLocator.DataPathOf(new ConfigurationBuilder().Build());

        Assert.True(Path.IsPathRooted(path), path);
        Assert.Equal("odooaspire", Path.GetFileName(path));
    }

    [Fact]
    public void The_host_arguments_choose_the_data_folder_the_doctor_looks_in()
    {
        Record(Environment.ProcessId, new Dictionary<string, string> { ["Gateway"] = "http://127.0.0.1:40125" });

        var (target, _, _) = RunningEnvironmentLocator.Locate(["--DataPath", _dataPath]);

        Assert.Equal(new Uri("http://127.0.0.1:40125"), target);
    }

    public void Dispose() => Directory.Delete(_dataPath, recursive: true);

    private void Record(int processId, Dictionary<string, string> urls) =>
        File.WriteAllText(
            RunningEnvironmentFile.PathIn(_dataPath),
            JsonSerializer.Serialize(new RunningEnvironment(processId, DateTimeOffset.UnixEpoch, urls)));
}
