using OdooAspire.AppHost.Doctor;

namespace OdooAspire.AppHost.Tests.Infrastructure;

/// <summary>Runs every check against a URL, as the command does, and keeps the printed report.</summary>
internal static class DoctorRun
{
    public static DoctorSettings Settings(Uri target) => new(target)
    {
        StepTimeout = TestTimeouts.Step,
        IdleWait = TimeSpan.Zero,

        // Short, for the tests where the version is right; the tests of a wrong version wait a full step for the close.
        VersionCloseWait = TimeSpan.FromMilliseconds(300),
    };

    public static OdooCredentials Admin { get; } =
        new(FakeDeploymentOptions.Database, FakeDeploymentOptions.Login, FakeDeploymentOptions.Password);

    public static async Task<(DoctorReport Report, string Output)> AgainstAsync(DoctorSettings settings)
    {
        using var deadline = new CancellationTokenSource(TestTimeouts.Run);
        using var output = new StringWriter();
        await using var context = new DoctorContext(settings, TimeProvider.System);
        var report = await DoctorRunner.Default().RunAsync(context, new DoctorReportWriter(output), deadline.Token);
        return (report, output.ToString());
    }

    public static async Task<(DoctorReport Report, string Output)> AgainstAsync(FakeDeploymentOptions options, Func<DoctorSettings, DoctorSettings>? configure = null)
    {
        await using var deployment = await FakeDeployment.StartAsync(options);
        var settings = Settings(deployment.Url);
        return await AgainstAsync(configure is null ? settings : configure(settings));
    }
}
