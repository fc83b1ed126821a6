using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OdooAspire.AppHost.Doctor;
using OdooAspire.Hosting.Odoo;

namespace OdooAspire.AppHost.Commands;

/// <summary>
/// "Run doctor" on the Odoo resource: the <c>doctor</c> checks against the gateway (the URL users open) with the
/// environment's database and development login, the report in the resource's console log, the summary as the result.
/// </summary>
internal sealed class DoctorResourceCommand(IOdooResource odoo, EndpointReference gateway)
{
    public const string Name = "run-doctor";

    public const string DisplayName = "Run doctor";

    /// <summary>
    /// The idle check holds a websocket this long instead of the command line's 50 s: long enough to catch a gateway
    /// that drops idle sockets at once, short enough for a button. The gateway's idle timeout is this AppHost's own
    /// setting (<c>Gateway:WebSocketIdleTimeout</c>, 12 min by default); the full hold past Odoo's ping is
    /// <c>dotnet run --project AppHost -- doctor</c>.
    /// </summary>
    public static readonly TimeSpan IdleHold = TimeSpan.FromSeconds(3);

    /// <summary>A slow answer from a busy machine is not a proxy fault: each step may take longer than the command line's 5 s.</summary>
    public static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(15);

    public Task<ExecuteCommandResult> ExecuteAsync(ExecuteCommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = new DoctorSettings(new Uri(gateway.Url))
        {
            Credentials = new OdooCredentials(odoo.Options.Database, IOdooResource.DevelopmentLogin, RunningEnvironmentLocator.DevelopmentPassword),
            IdleWait = IdleHold,
            StepTimeout = StepTimeout,
        };
        var log = context.Services.GetRequiredService<ResourceLoggerService>().GetLogger(context.ResourceName);
        return RunAsync(settings, log, context.CancellationToken);
    }

    /// <summary>
    /// Runs the checks with <paramref name="settings"/>, each line of the report to <paramref name="log"/> as it
    /// comes; succeeds with the summary when no check failed, fails with the summary and the failed checks otherwise.
    /// </summary>
    internal static async Task<ExecuteCommandResult> RunAsync(DoctorSettings settings, ILogger log, CancellationToken cancellationToken)
    {
        using var output = new ResourceLogWriter(log);
        var writer = new DoctorReportWriter(output);
        writer.WriteHeader(settings.Target, $"the gateway, as {settings.Credentials}; idle hold {settings.IdleWait.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
        DoctorReport report;
        await using (var doctor = new DoctorContext(settings, TimeProvider.System))
        {
            report = await DoctorRunner.Default().RunAsync(doctor, writer, cancellationToken);
        }

        output.Flush();
        var summary = Summary(report);

        // The dashboard's toast names the command and its outcome only: the report opens beside it.
        var reportData = new CommandResultData { Value = output.Text, Format = CommandResultFormat.Text, DisplayImmediately = true };
        if (report.ExitCode == DoctorExitCodes.NoProblem)
        {
            return CommandResults.Success(summary, reportData);
        }

        var failed = report.Results.Where(r => r.Verdict == Verdict.Fail).Select(r => $"FAIL {r.Check}: {r.Finding}");
        return CommandResults.Failure(string.Join(Environment.NewLine, [summary, .. failed]), reportData);
    }

    /// <summary>The report's own summary line (<c>Summary: 8 passed, 0 failed, ...</c>).</summary>
    private static string Summary(DoctorReport report)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        new DoctorReportWriter(text).WriteSummary(report);
        return text.ToString().Trim();
    }
}
