namespace OdooAspire.Hosting.Tests.Infrastructure;

/// <summary>Default waits of the tests; longer when CI is set (slow shared machines).</summary>
internal static class TestTimeouts
{
    private static readonly double Factor = Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ? 3 : 1;

    /// <summary>A process starting, a state changing, a log line appearing.</summary>
    public static TimeSpan Short { get; } = TimeSpan.FromSeconds(15 * Factor);

    /// <summary>Building a project, initialising PostgreSQL, pulling or creating a container.</summary>
    public static TimeSpan Long { get; } = TimeSpan.FromSeconds(120 * Factor);

    public static CancellationTokenSource ShortToken() => new(Short);

    public static CancellationTokenSource LongToken() => new(Long);
}
