namespace OdooAspire.Dashboard.Tests.Infrastructure;

/// <summary>How long tests wait for something to happen; longer under CI.</summary>
internal static class TestTimeouts
{
    private static readonly bool IsCi = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    public static TimeSpan Telemetry { get; } = IsCi ? TimeSpan.FromSeconds(30) : TimeSpan.FromSeconds(15);

    public static TimeSpan Browser { get; } = IsCi ? TimeSpan.FromSeconds(30) : TimeSpan.FromSeconds(15);
}
