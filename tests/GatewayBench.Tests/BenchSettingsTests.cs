namespace OdooAspire.GatewayBench.Tests;

/// <summary>What bench/run.sh passes on, and what a user adds to it: every option is checked before anything starts.</summary>
public sealed class BenchSettingsTests
{
    private static readonly string[] Required =
    [
        "--upstream-http-port", "8069", "--upstream-ws-port", "8072", "--nginx-url", "http://127.0.0.1:8080",
        "--nginx-pid", "42", "--gateway-dll", "gateway.dll", "--yarp-dll", "yarp.dll",
    ];

    private static BenchSettings Parse(params string[] extra) => BenchSettings.Parse([.. Required, .. extra]);

    [Fact]
    public void A_plain_run_measures_all_four_targets_after_a_warm_up()
    {
        var settings = Parse();

        Assert.Equal(["direct", "gateway", "nginx", "yarp"], settings.Targets.Order(StringComparer.Ordinal));
        Assert.Equal(TimeSpan.FromSeconds(2), settings.WarmUp);
        Assert.Equal(2, settings.Rounds);
        Assert.Equal(1000, settings.IdleConnections);
        Assert.Equal("yarp.dll", settings.YarpDll);
        Assert.Empty(settings.GatewayEnvironment);
    }

    [Fact]
    public void Options_override_the_defaults()
    {
        var settings = Parse("--targets", "gateway, nginx", "--warmup-seconds", "0", "--idle-connections", "0", "--rounds", "3", "--seconds", "5");

        Assert.Equal(["gateway", "nginx"], settings.Targets.Order(StringComparer.Ordinal));
        Assert.Equal(TimeSpan.Zero, settings.WarmUp);
        Assert.Equal(0, settings.IdleConnections);
        Assert.Equal(3, settings.Rounds);
        Assert.Equal(TimeSpan.FromSeconds(5), settings.Duration);
    }

    [Fact]
    public void Gateway_environment_takes_name_value_pairs()
    {
        var settings = Parse("--gateway-env", "DOTNET_TieredPGO=0, DOTNET_SYSTEM_NET_SOCKETS_THREAD_COUNT=1,EMPTY=");

        Assert.Equal("0", settings.GatewayEnvironment["DOTNET_TieredPGO"]);
        Assert.Equal("1", settings.GatewayEnvironment["DOTNET_SYSTEM_NET_SOCKETS_THREAD_COUNT"]);
        Assert.Equal(string.Empty, settings.GatewayEnvironment["EMPTY"]);
    }

    [Theory]
    [InlineData(new[] { "--roundz", "3" }, "Unknown option '--roundz'")]
    [InlineData(new[] { "rounds", "3" }, "Unknown option 'rounds'")]
    [InlineData(new[] { "--rounds" }, "--rounds needs a value")]
    [InlineData(new[] { "--rounds", "0" }, "--rounds expects a whole number of at least 1, got '0'")]
    [InlineData(new[] { "--seconds", "four" }, "--seconds expects a whole number of at least 1, got 'four'")]
    [InlineData(new[] { "--idle-connections", "-5" }, "--idle-connections expects a whole number of at least 0, got '-5'")]
    [InlineData(new[] { "--targets", "gateway,haproxy" }, "Unknown target 'haproxy'")]
    [InlineData(new[] { "--gateway-env", "DOTNET_TieredPGO" }, "--gateway-env expects NAME=VALUE pairs")]
    [InlineData(new[] { "--gateway-env", "=1" }, "--gateway-env expects NAME=VALUE pairs")]
    public void Bad_options_stop_the_run_with_a_message(string[] extra, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => Parse(extra));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Running_the_program_without_run_sh_says_what_is_missing()
    {
        var error = Assert.Throws<ArgumentException>(() => BenchSettings.Parse(["--rounds", "1"]));

        Assert.Contains("Missing --upstream-http-port", error.Message, StringComparison.Ordinal);
        Assert.Contains("bench/run.sh", error.Message, StringComparison.Ordinal);
    }
}
