using System.Diagnostics;
using Npgsql;

namespace OdooAspire.OdooSimulator.Tests.Infrastructure;

/// <summary>
/// A throw-away PostgreSQL server for the test run: initdb into a temporary folder, postgres on a free
/// loopback port (as the unprivileged <c>postgres</c> account when the tests run as root), a role
/// <c>odoo</c> with CREATEDB like the real deployment; stopped and deleted afterwards, even after failures.
/// </summary>
public sealed class PostgresServerFixture : IAsyncLifetime
{
    public const string Role = "odoo";
    public const string RolePassword = "odoo-test-password";
    private const string SuperuserPassword = "superuser-test-password";
    private const string ServerAccount = "postgres";

    private readonly string _root = Path.Combine(Path.GetTempPath(), $"odoosim-pg-{Guid.NewGuid():N}");
    private Process? _server;
    private string _binDirectory = string.Empty;

    public int Port { get; private set; }

    public string Host => "127.0.0.1";

    private string DataDirectory => Path.Combine(_root, "data");

    public async Task InitializeAsync()
    {
        _binDirectory = FindBinDirectory();
        Port = FreePort.Next();
        Directory.CreateDirectory(_root);
        var passwordFile = Path.Combine(_root, "pwfile");
        await File.WriteAllTextAsync(passwordFile, SuperuserPassword);
        if (Environment.IsPrivilegedProcess)
        {
            await ProcessRunner.RunAsync("chown", ["-R", $"{ServerAccount}:{ServerAccount}", _root], TestTimeouts.Default);
        }

        await ProcessRunner.RunAsync(
            Command("initdb"),
            [.. Prefix("initdb"), "-D", DataDirectory, "-U", "postgres", "--pwfile", passwordFile, "-A", "scram-sha-256", "-E", "UTF8", "--no-sync"],
            TestTimeouts.ServerStart);

        var start = new ProcessStartInfo(Command("postgres")) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in (string[])[.. Prefix("postgres"), "-D", DataDirectory, "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "-c", "listen_addresses=127.0.0.1", "-c", $"unix_socket_directories={_root}", "-c", "fsync=off", "-c", "max_connections=200"])
        {
            start.ArgumentList.Add(argument);
        }

        _server = Process.Start(start) ?? throw new InvalidOperationException("cannot start postgres");
        _server.ErrorDataReceived += (_, _) => { };
        _server.OutputDataReceived += (_, _) => { };
        _server.BeginErrorReadLine();
        _server.BeginOutputReadLine();
        await WaitUntilReadyAsync();
        await using var connection = new NpgsqlConnection(ConnectionString("postgres", "postgres", SuperuserPassword));
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE ROLE {Role} LOGIN CREATEDB PASSWORD '{RolePassword}'", connection);
        await create.ExecuteNonQueryAsync();
    }

    public string ConnectionString(string database, string user = Role, string password = RolePassword) =>
        new NpgsqlConnectionStringBuilder { Host = Host, Port = Port, Database = database, Username = user, Password = password, Pooling = false }.ConnectionString;

    /// <summary>A superuser connection string, for tests that act on the server itself (e.g. kill a backend).</summary>
    public string SuperuserConnectionString(string database) => ConnectionString(database, "postgres", SuperuserPassword);

    public async Task DisposeAsync()
    {
        try
        {
            if (_server is { HasExited: false })
            {
                await StopServerAsync();
            }
        }
        finally
        {
            _server?.Dispose();
            if (Directory.Exists(_root))
            {
                Directory.Delete(_root, recursive: true);
            }
        }
    }

    private async Task StopServerAsync()
    {
        try
        {
            await ProcessRunner.RunAsync(Command("pg_ctl"), [.. Prefix("pg_ctl"), "stop", "-D", DataDirectory, "-m", "immediate", "-w"], TestTimeouts.Default);
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException)
        {
            // pg_ctl could not stop it: stop it by the PID this fixture started.
            _server!.Kill(entireProcessTree: true);
        }

        using var cts = new CancellationTokenSource(TestTimeouts.Default);
        await _server!.WaitForExitAsync(cts.Token);
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow + TestTimeouts.ServerStart;
        Exception? last = null;
        while (DateTime.UtcNow < deadline)
        {
            if (_server!.HasExited)
            {
                throw new InvalidOperationException($"postgres exited with {_server.ExitCode} during start");
            }

            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString("postgres", "postgres", SuperuserPassword));
                await connection.OpenAsync();
                return;
            }
            catch (NpgsqlException ex)
            {
                last = ex;
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"postgres did not accept connections on port {Port}: {last?.Message}");
    }

    private string Command(string tool) => Environment.IsPrivilegedProcess ? "runuser" : Path.Combine(_binDirectory, tool);

    private string[] Prefix(string tool) =>
        Environment.IsPrivilegedProcess ? ["-u", ServerAccount, "--", Path.Combine(_binDirectory, tool)] : [];

    private static string FindBinDirectory()
    {
        var candidates = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).OrderDescending()
            : Enumerable.Empty<string>();
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "postgres")))
            ?? throw new InvalidOperationException("PostgreSQL server binaries not found (install postgresql, e.g. apt-get install postgresql).");
    }
}
