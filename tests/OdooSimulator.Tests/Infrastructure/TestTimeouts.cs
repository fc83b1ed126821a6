namespace OdooAspire.OdooSimulator.Tests.Infrastructure;

/// <summary>How long a test waits for a frame, a state or a process; longer under CI.</summary>
internal static class TestTimeouts
{
    public static TimeSpan Default { get; } = Environment.GetEnvironmentVariable("CI") is { Length: > 0 }
        ? TimeSpan.FromSeconds(30)
        : TimeSpan.FromSeconds(10);

    public static TimeSpan ServerStart { get; } = TimeSpan.FromSeconds(60);
}
