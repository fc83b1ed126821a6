namespace OdooAspire.Gateway.Hosting;

/// <summary>Builds the gateway application; Program and the tests start it the same way.</summary>
internal static class GatewayApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddOdooGateway();
        configure?.Invoke(builder);
        var app = builder.Build();
        app.UseOdooGateway();
        return app;
    }
}
