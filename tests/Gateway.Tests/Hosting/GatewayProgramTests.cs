using System.Diagnostics;
using System.Text.RegularExpressions;
using OdooAspire.Gateway.Hosting;
using OdooAspire.Gateway.Tests.Infrastructure;

namespace OdooAspire.Gateway.Tests.Hosting;

/// <summary>
/// The gateway as `dotnet run --project Gateway` starts it: its own process, built next to these tests. What
/// Program.cs does before the host exists (socket completions) and after it fails (exit code) only shows there.
/// </summary>
public sealed partial class GatewayProgramTests
{
    private static readonly string GatewayDll = Path.Combine(AppContext.BaseDirectory, "OdooAspire.Gateway.dll");

    [Fact]
    public async Task A_gateway_without_odoos_address_stops_with_exit_code_2_and_names_the_missing_setting()
    {
        using var gateway = Start(["--urls", "http://127.0.0.1:0"], inlineCompletions: null);
        var errors = gateway.StandardError.ReadToEndAsync();

        var timeout = TestTimeouts.StepToken();
        await gateway.WaitForExitAsync(timeout);

        Assert.Equal(2, gateway.ExitCode);
        var text = await errors;
        Assert.Contains("The gateway's configuration is incomplete", text, StringComparison.Ordinal);
        Assert.Contains("Odoo:HttpUrl", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }

    [MultiCoreFact]
    public async Task The_gateway_runs_socket_completions_on_one_event_thread_per_core_unless_the_environment_turns_them_off()
    {
        var inline = await SocketEventThreadsAsync(inlineCompletions: null);
        var off = await SocketEventThreadsAsync(inlineCompletions: "0");

        Assert.Equal(Environment.ProcessorCount, inline);
        Assert.True(off < inline, $"with {SocketCompletions.Variable}=0 the gateway ran {off} socket event threads, as many as by default ({inline})");
    }

    // The runtime names its epoll threads ".NET Sockets": one with completions on the thread pool (on a small
    // machine), one per core when they run inline; on one core both are one, hence [MultiCoreFact].
    private static async Task<int> SocketEventThreadsAsync(string? inlineCompletions)
    {
        using var gateway = Start(
            ["--urls", "http://127.0.0.1:0", "--Odoo:HttpUrl", ClosedPort.Url(), "--Odoo:WebsocketUrl", ClosedPort.Url()], inlineCompletions);
        try
        {
            var url = await ListeningUrlAsync(gateway);
            using var client = new HttpClient { Timeout = TestTimeouts.Step };
            // A request makes Kestrel's accepted socket, and with it every event thread, exist.
            using var alive = await client.GetAsync(new Uri(url, "/alive"));
            Assert.True(alive.IsSuccessStatusCode, $"/alive answered {(int)alive.StatusCode}");

            return Directory.GetDirectories($"/proc/{gateway.Id}/task")
                .Count(task => File.ReadAllText(Path.Combine(task, "comm")).Trim() == ".NET Sockets");
        }
        finally
        {
            gateway.Kill(entireProcessTree: true);
            await gateway.WaitForExitAsync();
        }
    }

    private static Process Start(string[] arguments, string? inlineCompletions)
    {
        var start = new ProcessStartInfo("dotnet", [GatewayDll, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment.Remove(SocketCompletions.Variable);
        if (inlineCompletions is not null)
        {
            start.Environment[SocketCompletions.Variable] = inlineCompletions;
        }

        start.Environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = null;
        return Process.Start(start) ?? throw new InvalidOperationException("Could not start " + GatewayDll);
    }

    private static async Task<Uri> ListeningUrlAsync(Process gateway)
    {
        var timeout = TestTimeouts.StepToken();
        while (await gateway.StandardOutput.ReadLineAsync(timeout) is { } line)
        {
            if (ListeningOn().Match(line) is { Success: true } match)
            {
                return new Uri(match.Groups[1].Value);
            }
        }

        throw new InvalidOperationException("The gateway exited before listening: " + await gateway.StandardError.ReadToEndAsync(timeout));
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningOn();
}
