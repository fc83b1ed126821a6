using Microsoft.Extensions.Options;
using OdooAspire.Gateway.Hosting;
using OdooAspire.Gateway.Options;

// The Odoo gateway: YARP in front of Odoo's HTTP and gevent ports (see Hosting/ for the wiring).
SocketCompletions.PreferInline();
try
{
    await GatewayApp.Build(args).RunAsync();
    return 0;
}
catch (OptionsValidationException ex)
{
    await Console.Error.WriteLineAsync("The gateway's configuration is incomplete:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", ex.Failures));
    return 2;
}
catch (GatewayConfigurationException ex)
{
    await Console.Error.WriteLineAsync(ex.Message);
    return 2;
}
