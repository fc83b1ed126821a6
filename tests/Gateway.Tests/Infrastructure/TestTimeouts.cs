namespace OdooAspire.Gateway.Tests.Infrastructure;

/// <summary>Every wait in these tests has a deadline from here (longer under CI, where machines are slower).</summary>
internal static class TestTimeouts
{
    private static readonly bool IsCi = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    /// <summary>The longest any single step (a request, a frame) may take before the test fails.</summary>
    public static TimeSpan Step { get; } = TimeSpan.FromSeconds(IsCi ? 30 : 10);

    /// <summary>The bound the issue sets for error answers when Odoo is down.</summary>
    public static TimeSpan ErrorAnswer { get; } = TimeSpan.FromSeconds(1);

    public static CancellationToken StepToken() => new CancellationTokenSource(Step).Token;
}
