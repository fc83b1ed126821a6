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
        Assert.True(output.ToString().Contains("Summary: 8 passed, 0 failed, 0 warnings, 0 skipped", StringComparison.Ordinal), output.ToString());
    }
}
