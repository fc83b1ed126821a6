using System.Diagnostics;
using OdooAspire.Hosting.Orchestration;
using OdooAspire.Hosting.Projects;
using OdooAspire.Hosting.Tests.Infrastructure;

namespace OdooAspire.Hosting.Tests.Processes;

/// <summary>The no-leftover guarantee when the host itself is killed (-9) or stopped by a signal.</summary>
/// <remarks>In the podman collection: its container test shares the collection's image, removed when the collection ends.</remarks>
[Collection(Containers.PodmanImage.Collection)]
public sealed class HostKillTests(Containers.PodmanImage image) : IDisposable
{
    private readonly TemporaryDirectory _data = new();
    private readonly string _marker = "odooaspire-kill-test-" + Guid.NewGuid().ToString("N")[..8];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Killing_the_host_with_sigkill_leaves_no_child_process(bool withPostgres)
    {
        using var host = await StartHostAsync(withPostgres);
        var children = ProcessTable.WithCommandLineContaining(_marker).Where(pid => pid != host.Id).ToList();
        var postgres = withPostgres ? ProcessTable.WithCommandLineContaining(_data.Path).Where(pid => pid != host.Id).ToList() : [];
        Assert.True(children.Count >= 2, "the executables should be running");
        Assert.True(!withPostgres || postgres.Count > 0, "postgres should be running");

        host.Kill(entireProcessTree: false);
        await host.WaitForExitAsync();

        Assert.True(await ProcessTable.WaitUntilGoneAsync([.. children, .. postgres], TestTimeouts.Short),
            "left behind: " + string.Join(", ", ProcessTable.WithCommandLineContaining(_marker).Concat(ProcessTable.WithCommandLineContaining(_data.Path))));
    }

    [Fact]
    public async Task Sigterm_stops_the_host_and_every_child_with_exit_code_zero()
    {
        using var host = await StartHostAsync(withPostgres: false);
        var children = ProcessTable.WithCommandLineContaining(_marker).Where(pid => pid != host.Id).ToList();

        Assert.Equal(0, Kill(host.Id, 15));
        await host.WaitForExitAsync().WaitAsync(TestTimeouts.Short);

        Assert.Equal(0, host.ExitCode);
        Assert.True(await ProcessTable.WaitUntilGoneAsync(children, TestTimeouts.Short));
    }

    [Containers.PodmanFact]
    public async Task Killing_the_host_with_sigkill_leaves_no_session_container()
    {
        using var host = await StartHostAsync(false, "--ContainerImage", image.Reference, "--DevHost:ContainerRuntime", "Podman");
        Assert.NotEqual(string.Empty, await BoxContainersAsync());

        host.Kill(entireProcessTree: false);
        await host.WaitForExitAsync();

        using var deadline = new CancellationTokenSource(TestTimeouts.Long);
        while (await BoxContainersAsync() is { Length: > 0 } left)
        {
            Assert.False(deadline.IsCancellationRequested, "containers left behind: " + left);
            await Task.Delay(250);
        }
    }

    public void Dispose() => _data.Dispose();

    private async Task<string> BoxContainersAsync() =>
        (await Containers.PodmanContainerTests.Podman("ps", "-a", "--no-trunc", "--filter", "label=odooaspire.resource=box", "--format", "{{.Names}} {{.Command}}"))
        .Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains(_marker, StringComparison.Ordinal)) is var lines
            ? string.Join("; ", lines)
            : string.Empty;

    private async Task<Process> StartHostAsync(bool withPostgres, params string[] extraArguments)
    {
        var source = typeof(HostKillTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().Single(a => a.Key == "OdooAspire.Hosting.Tests.SourceDirectory").Value!;
        var log = new LogBuffer(200, TimeProvider.System);
        using var build = TestTimeouts.LongToken();
        var assembly = await ProjectBuildCache.GetOutputAssemblyAsync(Path.Combine(source, "TestHost", "TestHost.csproj"), "Debug", log, build.Token);
        var startInfo = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        string[] arguments = [assembly, "--Marker", _marker, "--DataPath", _data.Path, "--WithPostgres", withPostgres ? "true" : "false", "--Postgres:Mode", "Local", .. extraArguments];
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        var host = Process.Start(startInfo)!;
        var output = new List<string>();
        using var ready = new CancellationTokenSource(TestTimeouts.Long);
        try
        {
            while (await host.StandardOutput.ReadLineAsync(ready.Token) is { } line)
            {
                output.Add(line);
                if (line.StartsWith("Press Ctrl+C", StringComparison.Ordinal))
                {
                    return host;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Reported below.
        }

        host.Kill(entireProcessTree: true);
        throw new InvalidOperationException("The test host did not become ready:" + Environment.NewLine + string.Join(Environment.NewLine, output)
                                            + await host.StandardError.ReadToEndAsync());
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
