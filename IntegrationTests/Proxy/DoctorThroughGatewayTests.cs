using OdooAspire.AppHost.Doctor;
using OdooAspire.IntegrationTests.Infrastructure;

namespace OdooAspire.IntegrationTests.Proxy;

/// <summary>The doctor against the whole graph: the gateway routes right, so every check passes.</summary>
[Collection(SharedGraph.Name)]
public sealed class DoctorThroughGatewayTests(GraphFixture graph)
{
    [Fact]
    public async Task The_doctor_finds_no_problem_through_the_gateway()
    {
        using var scenario = new CancellationTokenSource(TestTimeouts.Scenario);
        using var output = new StringWriter();
        using var error = new StringWriter();

        // Each network step may take long on a loaded machine (a real Odoo's login under CPU contention): a slow
        // answer must not read as a misconfiguration here.
        var exitCode = await DoctorCommand.RunAsync(
            [DoctorCommand.Verb, "--url", graph.GatewayUrl.ToString(), "--db", graph.Database, "--login", graph.Operator.Login,
             "--password", graph.Operator.Password, "--idle-seconds", "2", "--timeout-seconds", "30"],
            output, error, scenario.Token);

        Assert.True(exitCode == DoctorExitCodes.NoProblem, output.ToString() + error);
        // Warnings are advice, not faults: a real Odoo under load has answered /websocket/health with a transient 500.
        var report = output.ToString();
        foreach (var check in new[] { "odoo health", "admin login", "websocket handshake", "bus version", "host and scheme", "idle timeout" })
        {
            Assert.True(report.Contains($"PASS  {check} ", StringComparison.Ordinal), $"'{check}' did not pass:\n{report}");
        }

        Assert.True(report.Contains(" 0 failed, ", StringComparison.Ordinal), report);
        // The version the server itself announces after the login, whichever Odoo this is.
        Assert.True(report.Contains("(from the server's session info)", StringComparison.Ordinal), report);
    }
}
