using System.Runtime.InteropServices;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OdooAspire.Dashboard;
using OdooAspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Containers;
using OdooAspire.Hosting.Dashboard;
using OdooAspire.Hosting.Orchestration;
using OdooAspire.Hosting.Presentation;
using OdooAspire.Hosting.State;

namespace OdooAspire.Hosting;

/// <summary>A composed environment: start it, wait for it, stop it. <see cref="Run"/> is what an AppHost calls.</summary>
public sealed class DevHostApp : IAsyncDisposable, IResourceCommands
{
    private readonly DevHostOptions _options;
    private readonly ILoggerFactory _loggerFactory;
    private readonly HostServices _services;
    private readonly DashboardSettings _dashboardSettings;
    private DashboardIntegration? _dashboard;
    private Orchestrator? _orchestrator;
    private int _started;
    private int _stopped;

    internal DevHostApp(
        IReadOnlyList<Resource> resources, DevHostOptions options, string dataPath, string appHostDirectory, IConfiguration configuration, DashboardSettings dashboard,
        ContainerRuntimeProvider? containerRuntimes = null)
    {
        _dashboardSettings = dashboard;
        Resources = resources;
        _options = options;
        DataPath = dataPath;
        Configuration = configuration;
        _loggerFactory = LoggerFactory.Create(logging => logging
            .AddConfiguration(configuration.GetSection("Logging"))
            .SetMinimumLevel(LogLevel.Warning)
            .AddSimpleConsole(console => console.SingleLine = true));
        _services = new HostServices(options, dataPath, appHostDirectory, TimeProvider.System, _loggerFactory, containerRuntimes);
    }

    /// <summary>The resources of the application.</summary>
    public IReadOnlyList<Resource> Resources { get; }

    /// <summary>Where the environment keeps its state.</summary>
    public string DataPath { get; }

    /// <summary>The configuration the application was composed with.</summary>
    public IConfiguration Configuration { get; }

    /// <summary>Current state of every resource and its changes.</summary>
    public ResourceNotificationService ResourceNotifications => _services.Notifications;

    /// <summary>The captured output of every resource.</summary>
    public ResourceLoggerService ResourceLogs => _services.Logs;

    /// <summary>Where the dashboard listens, once started; null when <c>Dashboard:Enabled</c> is false.</summary>
    public DashboardUrls? DashboardUrls => _dashboard?.Urls;

    /// <summary>
    /// Starts the dashboard (when enabled) and every resource in dependency order; returns without waiting for health.
    /// Throws <see cref="InvalidOperationException"/> when the dashboard cannot start (bad settings, port taken).
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _started, 1) == 1)
        {
            throw new InvalidOperationException("The application is already started.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (_dashboardSettings.Enabled)
        {
            _dashboard = new DashboardIntegration(_dashboardSettings.Options, _loggerFactory, TimeProvider.System);
            var catalog = new ResourceCatalogAdapter(Resources, ResourceNotifications, ResourceLogs, this);
            try
            {
                await _dashboard.StartAsync(catalog, Resources, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or OptionsValidationException)
            {
                throw new InvalidOperationException($"The dashboard could not start: {ex.Message} (Set Dashboard:Enabled false to run without it.)", ex);
            }
        }

        _orchestrator = _services.CreateOrchestrator(Resources);
        _orchestrator.Start();
    }

    /// <summary>Completes when every resource is healthy; faults with <see cref="ResourceFailedException"/> on the first failure.</summary>
    public Task WaitForAllHealthyAsync(CancellationToken cancellationToken = default) =>
        (_orchestrator ?? throw new InvalidOperationException("Start the application first.")).WhenAllHealthyAsync(cancellationToken);

    /// <summary>Completes when the named resource is healthy; faults at once when it or a dependency fails.</summary>
    public Task WaitForResourceHealthyAsync(string name, CancellationToken cancellationToken = default)
    {
        var orchestrator = _orchestrator ?? throw new InvalidOperationException("Start the application first.");
        return orchestrator.Executions.TryGetValue(name, out var execution)
            ? execution.Healthy.Task.WaitAsync(cancellationToken)
            : throw new ArgumentException(
                $"There is no resource named '{name}'. Resources: {string.Join(", ", orchestrator.Executions.Keys)}.", nameof(name));
    }

    /// <summary>Stops one resource (the resources waiting for it keep running).</summary>
    public Task StopResourceAsync(string name, CancellationToken cancellationToken = default) =>
        (_orchestrator ?? throw new InvalidOperationException("Start the application first.")).StopResourceAsync(name, cancellationToken);

    /// <summary>Starts a stopped, exited or failed resource again.</summary>
    public void StartResource(string name) =>
        (_orchestrator ?? throw new InvalidOperationException("Start the application first.")).StartResource(name);

    /// <summary>Stops every resource, dependents first.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        if (_orchestrator is null)
        {
            if (_dashboard is not null)
            {
                await _dashboard.DisposeAsync();
            }

            return;
        }

        await _orchestrator.StopAsync(cancellationToken);
        await _services.DisposeAsync();
        if (_dashboard is not null)
        {
            await _dashboard.DisposeAsync();
        }
    }

    /// <summary>
    /// Stops the application, then deletes its data: the container volumes that belong to the data folder (PostgreSQL's
    /// and Odoo's in Container mode) and the folder itself. For throwaway environments such as test runs; a normal
    /// stop keeps everything for the next run.
    /// </summary>
    public async Task DeleteDataAsync(CancellationToken cancellationToken = default)
    {
        await StopAsync(cancellationToken);
        IContainerRuntime? runtime;
        try
        {
            runtime = await _services.ContainerRuntimes.GetAsync(cancellationToken);
        }
        catch (InvalidOperationException)
        {
            runtime = null; // no engine answers: it holds no volume of ours that could be removed now
        }

        if (runtime is not null)
        {
            var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(DataPath));
            foreach (var volume in await runtime.ListVolumesByLabelAsync(KnownConfigNames.DataPathLabel, folder, cancellationToken))
            {
                await runtime.RemoveVolumeAsync(volume, cancellationToken);
            }
        }

        if (Directory.Exists(DataPath))
        {
            Directory.Delete(DataPath, recursive: true);
        }
    }

    /// <summary>Starts, shows progress and URLs, runs until Ctrl+C or SIGTERM, stops. Returns the exit code.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        var presenter = new ConsolePresenter(Console.Out, this, TimeProvider.System);
        using var presenting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var presenterTask = presenter.ShowStartupAsync(presenting.Token);
        var exitCode = 0;
        try
        {
            await StartAsync(stop.Token);
            await WaitForAllHealthyAsync(stop.Token);
            await presenterTask;
            presenter.ShowReady(DashboardUrls?.BrowserUrl);
            PublishRunning(presenter);
            await presenter.ShowRuntimeExitsAsync(stop.Token);
        }
        catch (ResourceFailedException ex)
        {
            await presenting.CancelAsync();
            presenter.ShowFailure(ex);
            exitCode = 1;
        }
        catch (InvalidOperationException ex)
        {
            await presenting.CancelAsync();
            presenter.ShowError(ex.Message);
            exitCode = 1;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Ctrl+C or SIGTERM during start-up: stop what was started.
        }

        await presenting.CancelAsync();
        await presenterTask.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        presenter.ShowStopping();
        RunningEnvironmentFile.Remove(DataPath, Environment.ProcessId);
        await StopAsync(CancellationToken.None);
        presenter.ShowStopped();
        return exitCode;

        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
    }

    /// <summary>Records the printed URLs in the data folder, so <c>doctor</c> finds this environment.</summary>
    private void PublishRunning(ConsolePresenter presenter)
    {
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (label, url, _) in presenter.PublishedUrls(DashboardUrls?.BrowserUrl))
        {
            urls.TryAdd(label, url);
        }

        try
        {
            RunningEnvironmentFile.Write(DataPath, new RunningEnvironment(Environment.ProcessId, TimeProvider.System.GetUtcNow(), urls));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            presenter.ShowWarning($"could not record the environment in {RunningEnvironmentFile.PathIn(DataPath)} ({ex.Message}); `doctor` needs --url.");
        }
    }

    /// <summary>Runs until Ctrl+C or SIGTERM; sets the process exit code (non-zero when start-up failed).</summary>
    public void Run() => Environment.ExitCode = RunAsync().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (_orchestrator is not null)
        {
            await _orchestrator.DisposeAsync();
        }

        _loggerFactory.Dispose();
    }
}
