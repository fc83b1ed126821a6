using Microsoft.Extensions.Configuration;
using OdooAspire.Hosting;
using OdooAspire.Hosting.ApplicationModel;

// Usage: TestHost --Marker <text> [--WithPostgres true] [--ContainerImage <image>] [--DataPath <dir>]
var builder = DevHost.CreateBuilder(args);
var marker = builder.Configuration["Marker"] ?? throw new InvalidOperationException("--Marker is required.");

builder.AddExecutable("sleeper", "/bin/sh", "/", "-c", $"sleep 300 & wait # {marker}");
builder.AddExecutable("stubborn", "/bin/sh", "/", "-c", $"trap '' TERM; while :; do sleep 0.2; done # {marker}");
if (builder.Configuration.GetValue<bool>("WithPostgres"))
{
    builder.AddPostgres("pg").WithConsoleUrl("Postgres", "tcp");
}

if (builder.Configuration["ContainerImage"] is { Length: > 0 } image)
{
    builder.AddContainer("box", image).WithArgs("sh", "-c", $"echo {marker}; exec sleep 300");
}

builder.Build().Run();
