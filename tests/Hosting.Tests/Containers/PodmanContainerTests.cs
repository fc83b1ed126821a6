using System.Diagnostics;
using OdooAspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Testing;
using OdooAspire.Hosting.Tests.Infrastructure;

namespace OdooAspire.Hosting.Tests.Containers;

/// <summary>The container runner against podman with a tiny local image (a busybox-static rootfs, no registry).</summary>
[Collection(PodmanImage.Collection)]
public sealed class PodmanContainerTests(PodmanImage image) : IDisposable
{
    private readonly TemporaryDirectory _data = new();

    private Task<DevHostTestApp> CreateAsync(Action<IDevHostBuilder> compose) =>
        DevHostTestingBuilder.CreateAsync(compose, ["--DataPath", _data.Path, "--DevHost:ContainerRuntime", "Podman", "--DevHost:StopTimeoutSeconds", "2"]);

    [PodmanFact]
    public async Task Containers_reach_each_other_by_name_publish_on_loopback_and_are_removed_on_stop()
    {
        string session;
        await using (var app = await CreateAsync(builder =>
        {
            var web = builder.AddContainer("web", image.Reference)
                .WithArgs("httpd", "-f", "-p", "8080", "-h", "/")
                .WithHttpEndpoint(targetPort: 8080)
                .WithHttpHealthCheck("/", statusCode: 404);
            builder.AddContainer("probe", image.Reference)
                .WithArgs("sh", "-c", "echo \"web=$WEB\"; wget -q -O /dev/null http://web:8080/bin/busybox && echo reached; exec sleep 300")
                .WithEnvironment("WEB", web.GetEndpoint("http"))
                .WaitFor(web);
        }))
        {
            await app.StartAsync();
            await app.WaitHealthyAsync("probe");
            await app.GetLogs("probe").WaitForLineAsync(l => l == "reached");
            Assert.Contains(app.GetLogs("probe").Snapshot(), l => l.Text == "web=http://web:8080");
            Assert.Equal("127.0.0.1", app.GetEndpoint("web").Host);
            session = (await Podman("ps", "--filter", "label=odooaspire.resource=web", "--format", "{{.Labels}}")).Trim();
            Assert.Contains("odooaspire.session", session, StringComparison.Ordinal);
        }

        Assert.Equal(string.Empty, (await Podman("ps", "-a", "--filter", "label=odooaspire.resource=web", "--format", "{{.Names}}")).Trim());
        Assert.Equal(string.Empty, (await Podman("ps", "-a", "--filter", "label=odooaspire.resource=probe", "--format", "{{.Names}}")).Trim());
    }

    [PodmanFact]
    public async Task A_named_volume_keeps_its_data_between_runs_and_goes_with_the_data_folder_on_delete()
    {
        var volume = "odooaspire-test-" + Guid.NewGuid().ToString("N")[..8];
        async Task<int> RunAsync(bool deleteData)
        {
            await using var app = await CreateAsync(builder => builder.AddContainer("writer", image.Reference)
                .WithVolume(volume, "/data")
                .WithArgs("sh", "-c", "cat /data/runs 2>/dev/null; echo run >> /data/runs; echo written; exec sleep 300"));
            await app.StartAsync();
            await app.GetLogs("writer").WaitForLineAsync(l => l == "written");
            var earlierRuns = app.GetLogs("writer").Snapshot().Select(l => l.Text).TakeWhile(l => l != "written").Count(l => l == "run");
            if (deleteData)
            {
                await app.DeleteDataAsync();
            }

            return earlierRuns;
        }

        Assert.Equal(0, await RunAsync(deleteData: false));
        Assert.Equal($"{KnownConfigNames.DataPathLabel}={Path.GetFullPath(_data.Path)}",
            (await Podman("volume", "inspect", volume, "--format", "{{range $k, $v := .Labels}}{{if eq $k \"odooaspire.data-path\"}}{{$k}}={{$v}}{{end}}{{end}}")).Trim());
        Assert.Equal(1, await RunAsync(deleteData: true));

        Assert.Equal(string.Empty, (await Podman("volume", "ls", "-q", "--filter", "name=" + volume)).Trim());
        Assert.False(Directory.Exists(_data.Path));
    }

    [PodmanFact]
    public async Task A_persistent_container_is_kept_between_runs_and_recreated_when_its_configuration_changes()
    {
        async Task<string> RunAsync(string value)
        {
            await using var app = await CreateAsync(builder => builder.AddContainer("keeper", image.Reference)
                .WithArgs("sh", "-c", "echo value=$VALUE; exec sleep 300")
                .WithEnvironment("VALUE", value)
                .WithLifetime(ContainerLifetime.Persistent));
            await app.StartAsync();
            await app.WaitHealthyAsync("keeper");
            await app.GetLogs("keeper").WaitForLineAsync(l => l.StartsWith("value=", StringComparison.Ordinal));
            return (await Podman("ps", "--filter", "label=odooaspire.resource=keeper", "--format", "{{.ID}}")).Trim();
        }

        try
        {
            var first = await RunAsync("one");
            var stillRunning = (await Podman("ps", "--filter", "label=odooaspire.resource=keeper", "--format", "{{.ID}}")).Trim();
            var again = await RunAsync("one");
            var changed = await RunAsync("two");

            Assert.Equal(first, stillRunning);
            Assert.Equal(first, again);
            Assert.NotEqual(first, changed);
        }
        finally
        {
            foreach (var name in (await Podman("ps", "-a", "--filter", "label=odooaspire.resource=keeper", "--format", "{{.Names}}")).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                await Podman("rm", "-f", name);
            }
        }
    }

    public void Dispose() => _data.Dispose();

    internal static async Task<string> Podman(params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("podman") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output;
    }
}
