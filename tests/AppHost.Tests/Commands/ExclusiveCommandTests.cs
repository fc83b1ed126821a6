using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using OdooAspire.AppHost.Commands;

namespace OdooAspire.AppHost.Tests.Commands;

/// <summary>One run at a time: disabled in the dashboard while it runs, refused through the API.</summary>
public sealed class ExclusiveCommandTests
{
    private static readonly CustomResourceSnapshot Healthy =
        new() { ResourceType = "Project", Properties = [], State = KnownResourceStates.Running };

    [Theory]
    [InlineData("Starting", null, false)]
    [InlineData("Running", null, false)]
    [InlineData("Running", HealthStatus.Unhealthy, false)]
    [InlineData("Running", HealthStatus.Degraded, false)]
    [InlineData("Running", HealthStatus.Healthy, true)]
    [InlineData("Stopping", HealthStatus.Healthy, false)]
    [InlineData("Exited", null, false)]
    public void A_command_can_run_only_on_a_running_resource_whose_health_checks_pass(string state, HealthStatus? health, bool expected)
    {
        Assert.Equal(expected, ExclusiveCommand.CanRunOn(state, health));
    }

    [Fact]
    public async Task A_command_is_disabled_while_it_runs_a_second_run_is_refused_and_it_is_enabled_again_afterwards()
    {
        await using var services = Services();
        var release = new TaskCompletionSource<ExecuteCommandResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var command = new ExclusiveCommand("Run doctor", _ =>
        {
            started.SetResult();
            return release.Task;
        });
        var resource = new ContainerResource("odoo");
        var state = new UpdateCommandStateContext { ResourceSnapshot = Healthy, Services = services };

        var first = command.ExecuteAsync(resource, Context(services));
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var whileRunning = command.State(state);
        var second = await command.ExecuteAsync(resource, Context(services));
        release.SetResult(CommandResults.Success("done"));
        var firstResult = await first.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(ResourceCommandState.Disabled, whileRunning);
        Assert.False(second.Success);
        Assert.Contains("Run doctor is already running", second.Message, StringComparison.Ordinal);
        Assert.True(firstResult.Success);
        Assert.Equal(ResourceCommandState.Enabled, command.State(state));
    }

    [Fact]
    public async Task A_run_that_throws_leaves_the_command_enabled()
    {
        await using var services = Services();
        var command = new ExclusiveCommand("Reset database", _ => throw new InvalidOperationException("restart failed"));
        var resource = new ContainerResource("odoo");

        await Assert.ThrowsAsync<InvalidOperationException>(() => command.ExecuteAsync(resource, Context(services)));

        Assert.Equal(ResourceCommandState.Enabled, command.State(new UpdateCommandStateContext { ResourceSnapshot = Healthy, Services = services }));
    }

    private static ServiceProvider Services() =>
        new ServiceCollection()
            .AddSingleton<IHostApplicationLifetime, ApplicationLifetime>()
            .AddSingleton<ResourceLoggerService>()
            .AddSingleton(sp => new ResourceNotificationService(
                NullLogger<ResourceNotificationService>.Instance, sp.GetRequiredService<IHostApplicationLifetime>(), sp, sp.GetRequiredService<ResourceLoggerService>()))
            .BuildServiceProvider();

    private static ExecuteCommandContext Context(IServiceProvider services) =>
        new()
        {
            ResourceName = "odoo",
            Services = services,
            CancellationToken = CancellationToken.None,
            Logger = NullLogger.Instance,
            Arguments = new InteractionInputCollection([]),
        };

    private sealed class ApplicationLifetime : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }
}
