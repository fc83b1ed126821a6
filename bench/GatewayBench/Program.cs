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
await using var gateway = await GatewayProcess.StartAsync(settings.GatewayDll, settings.UpstreamHttpPort, settings.UpstreamWebSocketPort, settings.GatewayEnvironment);
// "yarp" is bench/YarpBaseline: YARP with the gateway's two routes and nothing of the gateway's own work.
await using var yarp = settings.Targets.Contains("yarp") && settings.YarpDll is { } yarpDll
    ? await GatewayProcess.StartAsync(yarpDll, settings.UpstreamHttpPort, settings.UpstreamWebSocketPort, settings.GatewayEnvironment)
    : null;

// "direct" talks to Odoo's ports themselves: HTTP to the HTTP port, websockets to the gevent port.
BenchTarget[] all =
[
    new("direct", new Uri($"http://127.0.0.1:{settings.UpstreamHttpPort}"), new Uri($"http://127.0.0.1:{settings.UpstreamWebSocketPort}"), null),
    new("gateway", gateway.Url, gateway.Url, gateway.Pid, IsDotNet: true),
    .. yarp is null ? Array.Empty<BenchTarget>() : [new("yarp", yarp.Url, yarp.Url, yarp.Pid, IsDotNet: true)],
    new("nginx", settings.NginxUrl, settings.NginxUrl, settings.NginxPid),
];
var results = await BenchRunner.MeasureAsync([.. all.Where(target => settings.Targets.Contains(target.Name))], settings);

Console.WriteLine();
Console.Write(ResultTable.Render(results, settings.IdleConnections));
if (results.FirstOrDefault(r => r.Name == "nginx") is { } viaNginx)
{
    if (results.FirstOrDefault(r => r.Name == "yarp") is { } viaYarp)
    {
        Console.WriteLine(ResultTable.SummaryLine("yarp", viaYarp, viaNginx));
    }

    if (results.FirstOrDefault(r => r.Name == "gateway") is { } viaGateway)
    {
        Console.WriteLine(ResultTable.SummaryLine("gateway", viaGateway, viaNginx));
    }
}

return 0;
