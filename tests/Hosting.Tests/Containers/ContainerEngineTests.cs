using System.Diagnostics;
using OdooAspire.Hosting.Containers;
using OdooAspire.Hosting.Tests.Infrastructure;

namespace OdooAspire.Hosting.Tests.Containers;

public sealed class ContainerEngineTests : IDisposable
{
    private readonly TemporaryDirectory _bin = new();

    [Fact]
    public void A_cli_whose_command_exits_zero_answers()
    {
        var cli = FakeCli("""[ "$1" = info ] && exit 0; exit 1""");

        Assert.True(ContainerCli.Succeeds(cli, ["info"], TestTimeouts.Short));
        Assert.False(ContainerCli.Succeeds(cli, ["image", "inspect", "localhost/postgres:15"], TestTimeouts.Short));
    }

    [Fact]
    public void A_missing_cli_does_not_answer_and_no_engine_is_detected_with_it()
    {
        Assert.False(ContainerCli.Succeeds("odooaspire-no-such-engine", ["info"], TestTimeouts.Short));
        Assert.Null(ContainerEngine.Detect("odooaspire-no-such-engine"));
    }

    [Fact]
    public void A_hanging_engine_does_not_answer_within_the_deadline_and_is_not_left_running()
    {
        // The child's command line names this folder, so a survivor of the kill would be found.
        var cli = FakeCli("\"$0-child\"");
        FakeCli("sleep 300", "engine-child");
        var clock = Stopwatch.StartNew();

        Assert.False(ContainerCli.Succeeds(cli, ["info"], TimeSpan.FromSeconds(1)));

        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1), TestTimeouts.Short);
        Assert.Empty(ProcessTable.UsingFolder(_bin.Path));
    }

    [Fact]
    public void An_engine_reports_the_images_its_lookup_finds()
    {
        var engine = new ContainerEngine("podman", image => image == "localhost/postgres:15");

        Assert.Equal("podman", engine.Name);
        Assert.True(engine.ImageExists("localhost/postgres:15"));
        Assert.False(engine.ImageExists("docker.io/library/postgres:16"));
    }

    public void Dispose() => _bin.Dispose();

    private string FakeCli(string body, string name = "engine")
    {
        var path = Path.Combine(_bin.Path, name);
        File.WriteAllText(path, $"#!/bin/sh\n{body}\n");
        UnixPermissions.Set(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }
}
