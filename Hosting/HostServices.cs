using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using OdooAspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Containers;
using OdooAspire.Hosting.Odoo;
using OdooAspire.Hosting.Orchestration;
using OdooAspire.Hosting.Postgres;
using OdooAspire.Hosting.Processes;
using OdooAspire.Hosting.Projects;

namespace OdooAspire.Hosting;

/// <summary>The services one application run shares: notifications, logs, the container session, runners.</summary>
internal sealed class HostServices : IAsyncDisposable
{
    private readonly DevHostOptions _options;
    private readonly string _appHostDirectory;

    public HostServices(DevHostOptions options, string dataPath, string appHostDirectory, TimeProvider time, ILoggerFactory loggerFactory, ContainerRuntimeProvider? containerRuntimes = null)
    {
        _options = options;
        _appHostDirectory = appHostDirectory;
        DataPath = dataPath;
        Time = time;
        LoggerFactory = loggerFactory;
        Logs = new ResourceLoggerService(time);
        StopTimeout = TimeSpan.FromSeconds(options.StopTimeoutSeconds);
        SessionId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        ContainerSession = new ContainerSession(SessionId);
        ContainerRuntimes = containerRuntimes ?? ContainerRuntimeProvider.ForSetting(options.ContainerRuntime);
    }

    public ResourceNotificationService Notifications { get; } = new();

    public ResourceLoggerService Logs { get; }

    public string DataPath { get; }

    public TimeProvider Time { get; }

    public ILoggerFactory LoggerFactory { get; }

    public TimeSpan StopTimeout { get; }

    /// <summary>Identifies this run's containers and network.</summary>
    public string SessionId { get; }

    public ContainerSession ContainerSession { get; }

    public ContainerRuntimeProvider ContainerRuntimes { get; }

    public Orchestrator CreateOrchestrator(IReadOnlyList<Resource> resources) =>
        new(resources, CreateRunners(), Notifications, Logs, new OrchestratorOptions { HealthMonitorInterval = TimeSpan.FromSeconds(_options.HealthCheckSeconds) }, Time,
            LoggerFactory.CreateLogger<Orchestrator>());

    public ValueTask DisposeAsync() => ContainerSession.DisposeAsync();

    private List<IResourceRunner> CreateRunners()
    {
        var projectSettings = new ProjectRunSettings(_options.ProjectConfiguration, StopTimeout);
        var containers = new ContainerRunner(ContainerSession, DataPath, StopTimeout, LoggerFactory.CreateLogger<ContainerRunner>());
        var localPostgres = new LocalPostgresServer(DataPath, StopTimeout, Time, LoggerFactory.CreateLogger<LocalPostgresServer>());
        return
        [
            new OdooRunner(projectSettings, DataPath, _appHostDirectory, OdooPythonRequirements.Debian,
                new OdooContainerStart(ContainerRuntimes, containers, DataPath, Time), Time, LoggerFactory.CreateLogger<OdooRunner>()),
            new PostgresServerRunner(ContainerRuntimes, localPostgres, containers, DataPath, Time),
            new PostgresDatabaseRunner(),
            new ProjectRunner(projectSettings, LoggerFactory.CreateLogger<ProjectRunner>()),
            new ContainerResourceRunner(ContainerRuntimes, containers),
            new ExecutableRunner(new ProcessStopSettings(StopTimeout), LoggerFactory.CreateLogger<ExecutableRunner>()),
        ];
    }
}
