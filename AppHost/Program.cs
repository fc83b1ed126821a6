using OdooAspire.AppHost;
using OdooAspire.Hosting;

var builder = DevHost.CreateBuilder(args);

OdooEnvironment.Compose(builder);

builder.Build().Run();
