using System.Globalization;
using OdooAspire.GatewayBench;

// Gateway benchmark: direct vs gateway vs nginx against the same in-process echo upstream (see bench/README.md).
if (args is ["free-ports", var count])
{
    // run.sh asks for ports before it writes nginx's configuration.
    var listeners = Enumerable.Range(0, int.Parse(count, CultureInfo.InvariantCulture)).Select(_ => GatewayProcess.FreePort()).ToArray();
    Console.WriteLine(string.Join(' ', listeners));
    return 0;
}

BenchSettings settings;
try
{
    settings = BenchSettings.Parse(args);
}
catch (ArgumentException ex)
{
    await Console.Error.WriteLineAsync(ex.Message);
    return 2;
}

await using var upstream = await EchoUpstream.StartAsync(settings.UpstreamHttpPort, settings.UpstreamWebSocketPort);
await using var gateway = await GatewayProcess.StartAsync(settings.GatewayDll, settings.UpstreamHttpPort, settings.UpstreamWebSocketPort);

// "direct" talks to Odoo's ports themselves: HTTP to the HTTP port, websockets to the gevent port.
BenchTarget[] all =
[
    new("direct", new Uri($"http://127.0.0.1:{settings.UpstreamHttpPort}"), new Uri($"http://127.0.0.1:{settings.UpstreamWebSocketPort}"), null),
    new("gateway", gateway.Url, gateway.Url, gateway.Pid, IsDotNet: true),
    new("nginx", settings.NginxUrl, settings.NginxUrl, settings.NginxPid),
];
var results = await BenchRunner.MeasureAsync([.. all.Where(target => settings.Targets.Contains(target.Name))], settings);

Console.WriteLine();
Console.Write(ResultTable.Render(results, settings.IdleConnections));
if (results.FirstOrDefault(r => r.Name == "gateway") is { } viaGateway && results.FirstOrDefault(r => r.Name == "nginx") is { } viaNginx)
{
    Console.WriteLine(ResultTable.SummaryLine(viaGateway, viaNginx));
}

return 0;
