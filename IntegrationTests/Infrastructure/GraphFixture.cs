using OdooAspire.AppHost;
using OdooAspire.Hosting.Testing;

namespace OdooAspire.IntegrationTests.Infrastructure;

/// <summary>
/// The whole graph — PostgreSQL, Odoo, gateway — composed by the AppHost's own <see cref="OdooEnvironment.Compose"/>,
/// started once per test class on random ports in an isolated data folder, and torn down afterwards with a check
/// that nothing it started is still running.
/// </summary>
public class GraphFixture : IAsyncLifetime
{
    private DevHostTestApp? _app;
    private string? _dataPath;

    /// <summary>The running graph.</summary>
    public DevHostTestApp App => _app ?? throw new InvalidOperationException("The graph is not started.");

    /// <summary>The gateway's public URL: the only address the scenarios use.</summary>
    public Uri GatewayUrl { get; private set; } = null!;

    /// <summary>The Odoo database of this graph.</summary>
    public string Database { get; } = "livechat_" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>The Odoo login of the development administrator (a fresh database's admin user).</summary>
    public (string Login, string Password) Operator { get; } = ("admin", "admin");

    /// <summary>Settings a derived fixture adds, as AppHost command-line arguments.</summary>
    protected virtual IEnumerable<string> Arguments => [];

    /// <summary>The gateway endpoint the scenarios use (<c>http</c>, or <c>https</c> for TLS termination).</summary>
    protected virtual string GatewayEndpoint => "http";

    public virtual async Task InitializeAsync()
    {
        _dataPath = Directory.CreateTempSubdirectory("odooaspire-it-").FullName;
        string[] args =
        [
            "--DataPath", _dataPath,
            "--Odoo:Database", Database,
            .. OdooTarget.ModeArguments,
            .. Arguments,
        ];
        _app = await DevHostTestingBuilder.CreateAsync(OdooEnvironment.Compose, args);
        using var deadline = new CancellationTokenSource(TestTimeouts.GraphStart);
        try
        {
            await _app.StartAsync(deadline.Token);
            await _app.WaitForAllHealthyAsync(deadline.Token);
        }
        catch
        {
            await DisposeAsync();
            throw;
        }

        GatewayUrl = _app.GetEndpoint("gateway", GatewayEndpoint);
    }

    public virtual async Task DisposeAsync()
    {
        if (_app is null)
        {
            return;
        }

        // The data folder and, in Container mode, the volumes of PostgreSQL and Odoo: a test run keeps nothing.
        await _app.DeleteDataAsync();
        await _app.DisposeAsync();
        _app = null;
        var leftovers = await LeftoverProcesses.FindAfterAsync(_dataPath!, TimeSpan.FromSeconds(10));
        if (leftovers.Count > 0)
        {
            throw new InvalidOperationException("Processes of the graph outlived it: " + string.Join("; ", leftovers));
        }
    }
}
