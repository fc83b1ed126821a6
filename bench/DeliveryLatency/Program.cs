using OdooAspire.AppHost;
using OdooAspire.Bench.DeliveryLatency;
using OdooAspire.Hosting.Testing;

// Usage: dotnet run --project bench/DeliveryLatency -c Release [-- --messages 200 --Odoo:Mode Source --Odoo:SourcePath ...]
var settings = LatencySettings.Parse(args);
var dataPath = Directory.CreateTempSubdirectory("odooaspire-bench-").FullName;
try
{
    await using var app = await DevHostTestingBuilder.CreateAsync(
        OdooEnvironment.Compose, ["--DataPath", dataPath, "--Odoo:Database", "bench", .. settings.AppHostArguments]);
    using (var startup = new CancellationTokenSource(TimeSpan.FromMinutes(5)))
    {
        await app.StartAsync(startup.Token);
        await app.WaitForAllHealthyAsync(startup.Token);
    }

    var mode = app.GetSnapshot("odoo").Kind;
    var targets = new (string Name, Uri Url)[]
    {
        ("direct (gevent port)", app.GetEndpoint("odoo", "websocket")),
        ("through the gateway", app.GetEndpoint("gateway")),
    };

    Console.WriteLine($"Delivery latency, {mode}, {settings.Messages} messages each way per target (after {settings.Warmup} warm-up)");
    Console.WriteLine($"{"target",-24} {"direction",-22} {"p50 ms",8} {"p99 ms",8} {"max ms",8}");
    var results = new List<LatencyResult>();
    foreach (var (name, url) in targets)
    {
        foreach (var result in await LatencyProbe.MeasureAsync(name, url, "bench", settings, CancellationToken.None))
        {
            results.Add(result);
            Console.WriteLine($"{result.Target,-24} {result.Direction,-22} {result.P50,8:0.0} {result.P99,8:0.0} {result.Max,8:0.0}");
        }
    }

    var direct = results.Where(r => r.Target == targets[0].Name).Average(r => r.P50);
    var gateway = results.Where(r => r.Target == targets[1].Name).Average(r => r.P50);
    Console.WriteLine($"gateway/direct delivery-p50 {gateway / direct:0.00} ({mode})");
}
finally
{
    Directory.Delete(dataPath, recursive: true);
}
