using Aspire.Hosting;

namespace OdooAspire.Hosting.Tests.Infrastructure;

/// <summary>
/// An AppHost builder for model tests: its own DataPath and stand-in PostgreSQL binaries, nothing ever started.
/// </summary>
internal sealed class ModelBuilder : IDisposable
{
    private readonly FakePostgresBinaries _binaries = new();

    public ModelBuilder(params string[] args)
    {
        Builder = TestAppHost.Create(["--DataPath", Data.Path, "--Postgres:BinDirectory", _binaries.Path, .. args]);
    }

    public TemporaryDirectory Data { get; } = new();

    public string BinDirectory => _binaries.Path;

    public IDistributedApplicationBuilder Builder { get; }

    public void Dispose()
    {
        Data.Dispose();
        _binaries.Dispose();
    }
}
