using System.Diagnostics;
using System.Net.WebSockets;
using OdooAspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Odoo;
using OdooAspire.Hosting.Testing;
using OdooAspire.Hosting.Tests.Containers;
using OdooAspire.Hosting.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OdooAspire.Hosting.Tests.Odoo;

/// <summary>Container mode against real Odoo and PostgreSQL images in podman (ODOO_IMAGE, POSTGRES_IMAGE).</summary>
public sealed class OdooContainerModeTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>The first start installs im_livechat in the container (about a minute on two busy cores).</summary>
    private static readonly TimeSpan ColdStart = TestTimeouts.Long * 3;

    private readonly TemporaryDirectory _data = new();

    [OdooImageFact]
    public async Task Auto_runs_real_odoo_from_the_image_multi_process_and_a_second_start_keeps_its_database()
    {
        var (first, firstLogs) = await StartStopAsync("odoo", async app =>
        {
            var odoo = app.App.Resources.OfType<OdooResource>().Single();
            Assert.Equal(OdooMode.Container, odoo.Mode);
            await AssertGeventPortUpgradesAsync(app.GetEndpoint("odoo", OdooResource.WebsocketEndpointName));
            Assert.Contains(await OdooContainersAsync(), c => c.StartsWith(OdooImages.Odoo + ":18.0 ", StringComparison.Ordinal));
        });
        Assert.Contains($"Odoo:Mode Auto chose Container: podman answers and {OdooImages.Odoo}:18.0 is present", firstLogs);
        Assert.Contains(firstLogs, l => l.StartsWith("template database oa_tpl_", StringComparison.Ordinal) && l.EndsWith(" s (cold)", StringComparison.Ordinal));
        Assert.Contains(firstLogs, l => l.StartsWith("database 'odoo' cloned from cached template oa_tpl_", StringComparison.Ordinal));
        Assert.Empty(await OdooContainersAsync());

        var (second, secondLogs) = await StartStopAsync("odoo", _ => Task.CompletedTask);
        Assert.Contains("database 'odoo' exists; using it (start with --reset to re-create it)", secondLogs);
        Assert.DoesNotContain(secondLogs, l => l.Contains("initialis", StringComparison.Ordinal));

        var (cloned, clonedLogs) = await StartStopAsync("other", async app =>
        {
            using var http = app.CreateHttpClient("odoo");
            Assert.Contains("\"pass\"", await http.GetStringAsync(new Uri("/web/health", UriKind.Relative)), StringComparison.Ordinal);
        });
        Assert.Contains(clonedLogs, l => l.StartsWith("database 'other' cloned from cached template oa_tpl_", StringComparison.Ordinal));
        Assert.DoesNotContain(clonedLogs, l => l.Contains("initialis", StringComparison.Ordinal));
        Assert.NotEqual(string.Empty, await InOdooVolumeAsync("find", "/var/lib/odoo/filestore/other", "-type", "f"));

        var (_, resetLogs) = await StartStopAsync("other", _ => Task.CompletedTask, "--reset");
        Assert.Contains("reset: dropped database 'other' and its filestore (Odoo:Reset)", resetLogs);
        Assert.Contains(resetLogs, l => l.StartsWith("database 'other' cloned from cached template oa_tpl_", StringComparison.Ordinal));
        output.WriteLine($"container mode: first start (cold install) {first.TotalSeconds:0.0} s, second start {second.TotalSeconds:0.0} s, new database cloned {cloned.TotalSeconds:0.0} s");
        Assert.Equal(2, (await VolumesAsync()).Count);

        await using (var app = await CreateAsync("odoo"))
        {
            await app.DeleteDataAsync();
        }

        Assert.Empty(await VolumesAsync());
        Assert.False(Directory.Exists(_data.Path));
    }

    public void Dispose()
    {
        foreach (var volume in VolumesAsync().GetAwaiter().GetResult())
        {
            PodmanContainerTests.Podman("volume", "rm", "--force", volume).GetAwaiter().GetResult();
        }

        _data.Dispose();
    }

    private async Task<(TimeSpan Elapsed, IReadOnlyList<string> Logs)> StartStopAsync(string database, Func<DevHostTestApp, Task> whileRunning, params string[] extra)
    {
        await using var app = await CreateAsync(database, extra);
        var started = Stopwatch.StartNew();
        await app.StartAsync();
        await app.WaitHealthyAsync("odoo", ColdStart);
        var elapsed = started.Elapsed;
        await whileRunning(app);
        var logs = app.GetLogs("odoo").Snapshot().Select(l => l.Text).ToList();
        await app.App.StopAsync();
        return (elapsed, logs);
    }

    private Task<DevHostTestApp> CreateAsync(string database, params string[] extra)
    {
        var (postgresImage, postgresTag) = OdooImages.PostgresParts;
        return DevHostTestingBuilder.CreateAsync(builder =>
        {
            var postgres = builder.AddPostgres("pg");
            builder.AddOdoo("odoo").WithReference(postgres).WaitFor(postgres);
        },
        [
            "--DataPath", _data.Path, "--DevHost:ContainerRuntime", "Podman",
            "--Postgres:Mode", "Auto", "--Postgres:Image", postgresImage, "--Postgres:Tag", postgresTag,
            "--Odoo:Mode", "Auto", "--Odoo:Image", OdooImages.Odoo!, "--Odoo:Version", "18.0", "--Odoo:SourcePath", string.Empty,
            "--Odoo:Database", database,
            .. extra,
        ]);
    }

    /// <summary>The gevent worker of multi-process Odoo answers the websocket upgrade (its HTTP workers refuse it).</summary>
    private static async Task AssertGeventPortUpgradesAsync(Uri gevent)
    {
        using var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Origin", $"http://{gevent.Authority}"); // Odoo refuses a handshake without one (400)
        using var timeout = new CancellationTokenSource(TestTimeouts.Short);
        await socket.ConnectAsync(new Uri($"ws://{gevent.Authority}/websocket?version=18.0-5"), timeout.Token);
        Assert.Equal(WebSocketState.Open, socket.State);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
    }

    /// <summary>"image command" of the Odoo containers of this test's data folder (they mount its volume).</summary>
    private async Task<IReadOnlyList<string>> OdooContainersAsync()
    {
        List<string> containers = [];
        foreach (var volume in await VolumesAsync())
        {
            var lines = await PodmanContainerTests.Podman("ps", "-a", "--filter", "label=odooaspire.resource=odoo", "--filter", "volume=" + volume, "--format", "{{.Image}} {{.Command}}");
            containers.AddRange(lines.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }

        return containers;
    }

    /// <summary>Runs a command in a throwaway container of the Odoo image with this data folder's Odoo volume mounted.</summary>
    private async Task<string> InOdooVolumeAsync(params string[] command)
    {
        var volume = (await VolumesAsync()).Single(v => v.StartsWith("odooaspire-odoo-", StringComparison.Ordinal));
        return await PodmanContainerTests.Podman(["run", "--rm", "--network", "none", "-v", $"{volume}:/var/lib/odoo", $"{OdooImages.Odoo}:18.0", .. command]);
    }

    private async Task<IReadOnlyList<string>> VolumesAsync() =>
        (await PodmanContainerTests.Podman("volume", "ls", "-q", "--filter", "label=odooaspire.data-path=" + Path.TrimEndingDirectorySeparator(Path.GetFullPath(_data.Path))))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
