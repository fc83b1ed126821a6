namespace OdooAspire.AppHost.Doctor;

/// <summary>
/// <c>dotnet run --project AppHost -- doctor [url]</c>: checks an Odoo deployment (the running environment, or any
/// URL behind any proxy) for the misconfigurations that break LiveChat, and says what to change.
/// </summary>
public static class DoctorCommand
{
    public const string Verb = "doctor";

    /// <summary>True when the AppHost was started as <c>doctor ...</c> instead of to run the environment.</summary>
    public static bool Matches(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args.Count > 0 && args[0] == Verb;
    }

    /// <summary>Runs the doctor with the arguments after <c>doctor</c>; returns a <see cref="DoctorExitCodes"/> value.</summary>
    public static Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        RunAsync(args, output, error, TimeProvider.System, cancellationToken);

    internal static async Task<int> RunAsync(
        IReadOnlyList<string> args, TextWriter output, TextWriter error, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        DoctorSettings settings;
        string? foundIn = null;
        try
        {
            var request = DoctorArguments.Parse(
                Matches(args) ? args.Skip(1).ToList() : args, Environment.GetEnvironmentVariable(DoctorArguments.PasswordVariable));
            if (request.ShowHelp)
            {
                await output.WriteLineAsync(DoctorArguments.Usage);
                return DoctorExitCodes.NoProblem;
            }

            if (request.Target is { } target)
            {
                settings = request.ToSettings(target, defaultCredentials: null);
            }
            else
            {
                var (gateway, credentials, where) = RunningEnvironmentLocator.Locate(request.HostArguments);
                settings = request.ToSettings(gateway, credentials);
                foundIn = where;
            }
        }
        catch (DoctorUsageException ex)
        {
            await error.WriteLineAsync($"doctor: {ex.Message}");
            await error.WriteLineAsync("Run `dotnet run --project AppHost -- doctor --help` for the options.");
            return DoctorExitCodes.BadUsage;
        }

        var writer = new DoctorReportWriter(output);
        writer.WriteHeader(settings.Target, foundIn);
        await using var context = new DoctorContext(settings, time);
        var report = await DoctorRunner.Default().RunAsync(context, writer, cancellationToken);
        return report.ExitCode;
    }
}
