using System.Net.Http.Json;
using OdooAspire.IntegrationTests.Infrastructure;

namespace OdooAspire.IntegrationTests.Lifecycle;

/// <summary>
/// However the AppHost ends — Ctrl+C, SIGTERM, or kill -9 of the AppHost itself — nothing of its graph outlives it:
/// no PostgreSQL, no Odoo, no gateway, no orchestrator process. (How fast is measured by bench/startup.sh.)
/// </summary>
public sealed class AppHostStopTests : IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("odooaspire-stop-");

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    [InlineData("KILL")]
    public async Task After_the_apphost_ends_by_signal_nothing_of_its_graph_is_left_running(string signal)
    {
        await using var host = AppHostProcess.Start(_data.FullName);
        var gateway = await host.WaitUntilHealthyAsync(TestTimeouts.GraphStart);
        using (var http = new HttpClient())
        {
            var health = await http.GetFromJsonAsync<Dictionary<string, string>>(new Uri(gateway, "/web/health"));
            Assert.Equal("pass", health?["status"]);
        }

        Assert.Contains(host.Graph, p => p.CommandLine.Contains("postgres", StringComparison.Ordinal));
        Assert.Contains(host.Graph, p => p.CommandLine.Contains("OdooSimulator", StringComparison.Ordinal));
        Assert.Contains(host.Graph, p => p.CommandLine.Contains("Gateway", StringComparison.Ordinal));

        host.Signal(signal);
        var leftovers = await host.LeftoversAfterAsync(TestTimeouts.GraphStop);

        Assert.True(leftovers.Count == 0, $"still running after SIG{signal} of the AppHost: {string.Join("; ", leftovers)}\n{host.Output()}");
        if (signal != "KILL")
        {
            Assert.False(File.Exists(Path.Combine(_data.FullName, "running.json")), "running.json outlived the AppHost that wrote it");
        }
    }

    public void Dispose() => _data.Delete(recursive: true);
}
