using Aspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Tests.Infrastructure;
using OdooAspire.Hosting.Tests.Odoo.Fixtures;

namespace OdooAspire.Hosting.Tests.Odoo;

/// <summary>A start that cannot succeed ends in FailedToStart, with a line in Odoo's log that says what to do.</summary>
public sealed class OdooStartFailureTests : IDisposable
{
    private readonly TemporaryDirectory _data = new();

    [LocalPostgresFact]
    public async Task A_source_tree_without_odoo_bin_fails_to_start_with_a_log_line_that_says_what_to_do()
    {
        var tree = Directory.CreateDirectory(Path.Combine(_data.Path, "not-odoo")).FullName;
        await using var run = await AppRun.StartWithOdooAsync(_data.Path, "--Odoo:Mode", "Source", "--Odoo:SourcePath", tree);

        await run.WaitForStateAsync(AppRun.Odoo, KnownResourceStates.FailedToStart, TestTimeouts.Long);
        await run.WaitForLogAsync(AppRun.Odoo, "Odoo was not started: ", count: 1, TestTimeouts.Short);

        Assert.Contains(run.Log(AppRun.Odoo).Lines, l => l.Contains(
            $"Odoo was not started: Odoo:SourcePath '{tree}' has no odoo-bin ({Path.Combine(tree, "odoo-bin")}): point it at the folder holding odoo-bin.",
            StringComparison.Ordinal));
        Assert.Empty(ProcessTable.UsingFolder(tree));
        Assert.Equal(KnownResourceStates.Running, run.State(AppRun.Postgres));
    }

    public void Dispose() => _data.Dispose();
}
