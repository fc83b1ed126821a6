using OdooAspire.AppHost;
using OdooAspire.AppHost.Doctor;
using OdooAspire.Hosting;

if (DoctorCommand.Matches(args))
{
    return await DoctorCommand.RunAsync(args, Console.Out, Console.Error);
}

var builder = DevHost.CreateBuilder(args);

OdooEnvironment.Compose(builder);

builder.Build().Run();
return Environment.ExitCode;
