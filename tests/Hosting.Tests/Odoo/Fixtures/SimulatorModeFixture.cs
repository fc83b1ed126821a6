using OdooAspire.Hosting.Tests.Infrastructure;

namespace OdooAspire.Hosting.Tests.Odoo.Fixtures;

/// <summary>PostgreSQL and Odoo in Simulator mode, started once for a test class and healthy; stopped (and proved gone) afterwards.</summary>
public sealed class SimulatorModeFixture : IAsyncLifetime
{
    private readonly TemporaryDirectory _data = new();

    internal string DataPath => _data.Path;

    internal AppRun Run { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Run = await AppRun.StartWithOdooAsync(_data.Path, "--Odoo:Mode", "Simulator");
        try
        {
            await Run.WaitHealthyAsync(AppRun.Odoo, TestTimeouts.Long);
        }
        catch
        {
            await Run.StopAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        try
        {
            if (Run is not null)
            {
                await Run.DisposeAsync();
            }
        }
        finally
        {
            _data.Dispose();
        }
    }
}
