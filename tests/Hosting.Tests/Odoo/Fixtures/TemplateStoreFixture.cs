using OdooAspire.Hosting.Tests.Infrastructure;

namespace OdooAspire.Hosting.Tests.Odoo.Fixtures;

/// <summary>
/// Two data folders, each with its own PostgreSQL cluster (as two test runs or two developers' environments have),
/// and one template store folder they share.
/// </summary>
public sealed class TemplateStoreFixture : IAsyncLifetime
{
    private readonly TemporaryDirectory _first = new();
    private readonly TemporaryDirectory _second = new();
    private readonly TemporaryDirectory _store = new();

    internal PostgresCluster First { get; private set; } = null!;

    internal PostgresCluster Second { get; private set; } = null!;

    internal string StorePath => _store.Path;

    public async Task InitializeAsync()
    {
        var first = PostgresCluster.StartAsync(_first.Path);
        var second = PostgresCluster.StartAsync(_second.Path);
        try
        {
            await Task.WhenAll(first, second);
        }
        finally
        {
            First = first.IsCompletedSuccessfully ? first.Result : null!;
            Second = second.IsCompletedSuccessfully ? second.Result : null!;
        }
    }

    public async Task DisposeAsync()
    {
        try
        {
            await Task.WhenAll(
                First?.DisposeAsync().AsTask() ?? Task.CompletedTask,
                Second?.DisposeAsync().AsTask() ?? Task.CompletedTask);
        }
        finally
        {
            _first.Dispose();
            _second.Dispose();
            _store.Dispose();
        }
    }
}
