using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using OdooAspire.OdooSimulator;
using OdooAspire.OdooSimulator.Configuration;
using OdooAspire.OdooSimulator.Http;
using OdooAspire.OdooSimulator.Persistence;
using OdooAspire.OdooSimulator.Versions;

// Invoked like odoo-bin: OdooSimulator -c <odoo.conf> [-d <db>] [-i <modules>] [--stop-after-init]
SimulatorOptions options;
SimulatorArguments arguments;
try
{
    arguments = SimulatorArguments.Parse(args);
    options = SimulatorOptionsReader.Load(arguments, new ConfigurationBuilder().AddEnvironmentVariables().Build());
}
catch (OdooConfException ex)
{
    await Console.Error.WriteLineAsync($"OdooSimulator: {ex.Message}");
    return 2;
}

using var loggerFactory = LoggerFactory.Create(logging => logging.AddSimpleConsole(o => o.SingleLine = true));
var logger = loggerFactory.CreateLogger("OdooSimulator");
try
{
    await DatabaseInitializer.InitializeAsync(options, logger, CancellationToken.None);
}
catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException or OdooConfException)
{
    await Console.Error.WriteLineAsync(
        $"OdooSimulator: cannot initialise database '{options.DbName}' on {options.DbHost}:{options.DbPort} as '{options.DbUser}': {ex.Message}");
    return 1;
}

if (arguments.StopAfterInit)
{
    logger.LogInformation("OdooSimulator: modules {Modules} initialised in {Database}; stopping (--stop-after-init)", string.Join(',', arguments.Modules), options.DbName);
    return 0;
}

await using var app = SimulatorApp.Build(options);
await app.StartAsync();
var endpoints = app.Services.GetRequiredService<SimulatorEndpoints>();
app.Logger.LogInformation(
    "OdooSimulator (not Odoo) serving database {Database}: HTTP {HttpUrl}, websocket {WebsocketUrl} ({Mode}), speaking {Profile} ({VersionKey})",
    options.DbName,
    endpoints.HttpUrl,
    endpoints.GeventUrl ?? endpoints.HttpUrl,
    options.IsMultiProcess ? $"multi-process, workers = {options.Workers}" : "threaded, workers = 0",
    options.Profile,
    OdooProfiles.VersionKey);
await app.WaitForShutdownAsync();
return 0;
