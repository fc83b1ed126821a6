using OdooAspire.Gateway.Hosting;

namespace OdooAspire.Gateway.Tests.Hosting;

/// <summary>These tests change the process environment, so they run alone.</summary>
[CollectionDefinition(nameof(ProcessEnvironment), DisableParallelization = true)]
public sealed class ProcessEnvironment;

[Collection(nameof(ProcessEnvironment))]
public sealed class SocketCompletionsTests
{
    [Fact]
    public void The_gateway_turns_inline_completions_on_when_the_environment_does_not_choose()
    {
        WithVariable(null, () =>
        {
            SocketCompletions.PreferInline();

            Assert.Equal("1", Environment.GetEnvironmentVariable(SocketCompletions.Variable));
            Assert.True(SocketCompletions.AreInline);
        });
    }

    [Fact]
    public void A_user_who_turned_inline_completions_off_keeps_them_off()
    {
        WithVariable("0", () =>
        {
            SocketCompletions.PreferInline();

            Assert.Equal("0", Environment.GetEnvironmentVariable(SocketCompletions.Variable));
            Assert.False(SocketCompletions.AreInline);
        });
    }

    private static void WithVariable(string? value, Action test)
    {
        var before = Environment.GetEnvironmentVariable(SocketCompletions.Variable);
        Environment.SetEnvironmentVariable(SocketCompletions.Variable, value);
        try
        {
            test();
        }
        finally
        {
            Environment.SetEnvironmentVariable(SocketCompletions.Variable, before);
        }
    }
}
