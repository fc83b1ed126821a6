using Microsoft.Extensions.Configuration;
using OdooAspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Containers;
using OdooAspire.Hosting.Dashboard;
using OdooAspire.Hosting.Secrets;

namespace OdooAspire.Hosting;

/// <summary>The builder behind <see cref="DevHost.CreateBuilder"/> and the testing builder.</summary>
internal sealed class DevHostBuilder : IDevHostBuilder
{
    private readonly List<Resource> _resources = [];

    public DevHostBuilder(string[] args, string appHostDirectory, bool testing)
    {
        ArgumentNullException.ThrowIfNull(args);
        AppHostDirectory = appHostDirectory;
        Testing = testing;
        Configuration = new ConfigurationManager();
        Configuration.SetBasePath(appHostDirectory);
        Configuration.AddJsonFile("appsettings.json", optional: true, reloadOnChange: false);
        Configuration.AddEnvironmentVariables();
        if (Environment.GetEnvironmentVariable(KnownConfigNames.OdooModeEnvironmentVariable) is { Length: > 0 } mode)
        {
            Configuration.AddInMemoryCollection([new(KnownConfigNames.OdooMode, mode)]);
        }

        Configuration.AddCommandLine(CommandLineSwitches.Expand(args));
        Options = OptionsBinder.Bind<DevHostOptions>(Configuration, KnownConfigNames.DevHostSection);
        var dataPath = Configuration[KnownConfigNames.DataPath];
        DataPath = string.IsNullOrWhiteSpace(dataPath)
            ? DataPathResolver.Default(Environment.GetEnvironmentVariable(KnownConfigNames.XdgDataHome), Environment.UserName == "root")
            : Path.GetFullPath(dataPath, appHostDirectory);
        Secrets = new SecretStore(Path.Combine(DataPath, "secrets.json"));
        ContainerRuntimes = ContainerRuntimeProvider.ForSetting(Options.ContainerRuntime);
    }

    public ConfigurationManager Configuration { get; }

    public IReadOnlyList<Resource> Resources => _resources;

    public string AppHostDirectory { get; }

    public string DataPath { get; }

    internal DevHostOptions Options { get; }

    /// <summary>Created by the testing builder (no console presenter).</summary>
    internal bool Testing { get; }

    internal SecretStore Secrets { get; }

    /// <summary>The container engine of the run, found once: Odoo's Auto mode asks it while the model is built.</summary>
    internal ContainerRuntimeProvider ContainerRuntimes { get; }

    public IResourceBuilder<T> AddResource<T>(T resource) where T : Resource
    {
        ArgumentNullException.ThrowIfNull(resource);
        if (_resources.Any(r => r.Name == resource.Name))
        {
            throw new InvalidOperationException($"A resource named '{resource.Name}' already exists.");
        }

        _resources.Add(resource);
        return new ResourceBuilder<T>(resource, this);
    }

    public DevHostApp Build()
    {
        Directory.CreateDirectory(DataPath);
        var dashboard = DashboardSettings.From(Configuration, Testing);
        return new DevHostApp(_resources, Options, DataPath, AppHostDirectory, Configuration, dashboard, ContainerRuntimes);
    }
}
