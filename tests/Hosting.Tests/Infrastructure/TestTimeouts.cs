namespace OdooAspire.Hosting.Tests.Infrastructure;

/// <summary>The waits of the tests, in one place; longer when CI is set (slow shared machines).</summary>
internal static class TestTimeouts
{
    private static readonly double Factor = Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ? 3 : 1;

    /// <summary>A process starting or stopping, a state changing, a log line appearing.</summary>
    public static TimeSpan Short { get; } = TimeSpan.FromSeconds(15 * Factor);

    /// <summary>An app starting from nothing: the orchestrator, initdb, the first health check.</summary>
    public static TimeSpan Long { get; } = TimeSpan.FromSeconds(120 * Factor);

    /// <summary>What the project promises after Ctrl+C or dispose: every process of the run gone.</summary>
    public static TimeSpan ProcessesGone { get; } = TimeSpan.FromSeconds(5);

    public static CancellationTokenSource ShortToken() => new(Short);

    public static CancellationTokenSource LongToken() => new(Long);
}
