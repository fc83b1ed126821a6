using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace OdooAspire.AppHost.Console;

/// <summary>The AppHost's console: progress while starting, the <c>Label: url</c> lines once healthy, failures explained.</summary>
internal static class ConsoleSummaryExtensions
{
    /// <summary>Prints the summary when a user runs the AppHost (not under the testing builder: tests, benchmarks).</summary>
    public static IDistributedApplicationBuilder AddConsoleSummary(this IDistributedApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (Assembly.GetEntryAssembly() != typeof(ConsoleSummary).Assembly)
        {
            return builder;
        }

        // Hosted services start only once every resource is created; the summary must see the start-up itself.
        builder.Services.AddSingleton<ConsoleSummary>();
        builder.Eventing.Subscribe<BeforeStartEvent>((e, _) =>
        {
            e.Services.GetRequiredService<ConsoleSummary>().Start();
            return Task.CompletedTask;
        });
        return builder;
    }
}
