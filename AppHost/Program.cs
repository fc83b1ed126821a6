using OdooAspire.AppHost;
using OdooAspire.AppHost.Commands;
using OdooAspire.AppHost.Console;
using OdooAspire.AppHost.Dashboard;
using OdooAspire.AppHost.Doctor;
using OdooAspire.AppHost.Gateway;

if (DoctorCommand.Matches(args))
{
    return await DoctorCommand.RunAsync(args, Console.Out, Console.Error);
}

var builder = DistributedApplication.CreateBuilder(AppHostArguments.Expand(args));
builder.UseLoopbackDashboard().ShowNoticesInDashboard().AddConsoleSummary();

var postgres = builder.AddPostgresServer("postgres");

var odoo = builder.AddOdoo("odoo", simulator: new Projects.OdooSimulator())
    .WithReference(postgres)
    .WaitFor(postgres);

var gateway = builder.AddProject<Projects.Gateway>("gateway")
    .WithOdooUpstream(odoo)
    .WaitFor(odoo);

odoo.WithOdooCommands(gateway);

await builder.Build().RunAsync();
return 0;
