namespace OdooAspire.Hosting;

/// <summary>Entry point of an AppHost: <c>DevHost.CreateBuilder(args)</c>.</summary>
public static class DevHost
{
    /// <summary>Creates a builder reading appsettings.json of the AppHost, environment variables and <paramref name="args"/>.</summary>
    public static IDevHostBuilder CreateBuilder(string[] args) =>
        new DevHostBuilder(args, AppHostLocator.FromAssembly(System.Reflection.Assembly.GetEntryAssembly()), testing: false);
}
