namespace OdooAspire.AppHost.Tests.Infrastructure;

/// <summary>Bounds for the tests: a network step on loopback, and a whole doctor run.</summary>
internal static class TestTimeouts
{
    private static readonly bool UnderCi = Environment.GetEnvironmentVariable("CI") is { Length: > 0 };

    public static TimeSpan Step { get; } = TimeSpan.FromSeconds(UnderCi ? 20 : 10);

    public static TimeSpan Run { get; } = TimeSpan.FromSeconds(UnderCi ? 120 : 60);
}
