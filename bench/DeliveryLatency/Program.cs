using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OdooAspire.Bench.DeliveryLatency;
using OdooAspire.Hosting.Odoo;

// Usage: dotnet run --project bench/DeliveryLatency -c Release [-- --messages 200 --Odoo:Mode Source --Odoo:SourcePath ...]
var settings = LatencySettings.Parse(args);
if (settings.ShowHelp)
{
    Console.WriteLine(LatencySettings.Usage);
    return 0;
}

string[] graphResources = ["postgres", "odoo", "gateway"];
var dataPath = Directory.CreateTempSubdirectory("odooaspire-bench-").FullName;
try
{
    string[] appHostArguments = ["--DataPath", dataPath, "--Odoo:Database", "bench", .. settings.AppHostArguments];
    await using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
        appHostArguments, (options, _) => options.DisableDashboard = true);
    // The resources' output and the health checks failing until each resource answers would bury the results.
    builder.Services.AddLogging(logging => logging
        .AddFilter($"{builder.Environment.ApplicationName}.Resources", LogLevel.None)
        .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService", LogLevel.None));
    await using var app = await builder.BuildAsync();
    using (var startup = new CancellationTokenSource(TimeSpan.FromMinutes(5)))
    {
        // StartAsync returns once every resource was created, which waits for what each one waits for: watch the
        // health beside it, so a resource that exits fails the run at once instead of at the deadline.
        List<Task> pending =
        [
            app.StartAsync(startup.Token),
            .. graphResources.Select(name =>
                app.ResourceNotifications.WaitForResourceHealthyAsync(name, WaitBehavior.StopOnResourceUnavailable, startup.Token)),
        ];
        try
        {
            while (pending.Count > 0)
            {
                var done = await Task.WhenAny(pending);
                pending.Remove(done);
                await done;
            }
        }
        catch
        {
            // Let a start still waiting for the failed resource end before the app is disposed.
            await startup.CancelAsync();
            await Task.WhenAll(pending.Select(p => p.ContinueWith(_ => { }, TaskScheduler.Default)));
            throw;
        }
    }

    var mode = app.Services.GetRequiredService<DistributedApplicationModel>().Resources.OfType<IOdooResource>().Single().ModeDecision.Mode;
    var targets = new (string Name, Uri Url)[]
    {
        ("direct (gevent port)", app.GetEndpoint("odoo", "websocket")),
        ("through the gateway", app.GetEndpoint("gateway", "http")),
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
    await app.StopAsync();
}
finally
{
    Directory.Delete(dataPath, recursive: true);
}

return 0;
