using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Npgsql;
using OdooAspire.OdooSimulator.Tests.Infrastructure;

namespace OdooAspire.OdooSimulator.Tests.Configuration;

/// <summary>The built executable, invoked like odoo-bin.</summary>
[Collection(PostgresTests.Name)]
public sealed class ProgramTests(PostgresServerFixture postgres) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("odoosim-conf-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Stop_after_init_creates_and_seeds_the_database_then_exits_0()
    {
        var database = $"init_{Guid.NewGuid():N}"[..16];
        var conf = WriteConf(postgres.Port);

        var (exitCode, output) = await RunToEndAsync("-c", conf, "-d", database, "-i", "im_livechat", "--stop-after-init");

        Assert.True(exitCode == 0, output);
        await using var connection = new NpgsqlConnection(postgres.ConnectionString(database));
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand("SELECT (SELECT login FROM res_users WHERE id = 2) || '/' || (SELECT name FROM im_livechat_channel WHERE id = 1)", connection);
        Assert.Equal("admin/YourWebsite.com", (string)(await query.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task An_unreachable_database_exits_non_zero_with_a_clear_message()
    {
        var (exitCode, output) = await RunToEndAsync("-c", WriteConf(FreePort.Next()), "-d", "nowhere", "--stop-after-init");

        Assert.Equal(1, exitCode);
        Assert.Contains("cannot initialise database 'nowhere'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configuration_error_exits_2_naming_the_key()
    {
        var conf = Path.Combine(_folder, "bad.conf");
        await File.WriteAllTextAsync(conf, "[options]\ndb_host = 127.0.0.1\n");

        var (exitCode, output) = await RunToEndAsync("-c", conf, "-d", "x");

        Assert.Equal(2, exitCode);
        Assert.Contains("odoo.conf: db_user is required", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_Odoo_Version_exits_2_naming_the_key_the_value_and_the_accepted_values()
    {
        var conf = WriteConf(postgres.Port);

        var (exitCode, output) = await RunToEndAsync(new Dictionary<string, string> { ["Odoo__Version"] = "16.0" }, "-c", conf, "-d", "x");

        Assert.Equal(2, exitCode);
        Assert.Contains("Odoo:Version", output, StringComparison.Ordinal);
        Assert.Contains("'16.0'", output, StringComparison.Ordinal);
        Assert.Contains("17.0, 18.0, 19.0", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serving_says_simulator_in_its_log_and_answers_health_on_both_ports()
    {
        var (httpPort, geventPort) = (FreePort.Next(), FreePort.Next());
        var conf = WriteConf(postgres.Port, $"http_port = {httpPort}\ngevent_port = {geventPort}\nworkers = 2\n");
        using var process = Start("-c", conf, "-d", $"serve_{Guid.NewGuid():N}"[..16]);
        var started = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("OdooSimulator (not Odoo)", StringComparison.Ordinal) == true)
            {
                started.TrySetResult(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var line = await started.Task.WaitAsync(TestTimeouts.ServerStart);
            Assert.Contains("OdooSimulator (not Odoo) serving database serve_", line, StringComparison.Ordinal);
            Assert.Contains("speaking Odoo 18.0 (Odoo:Version)", line, StringComparison.Ordinal);
            using var http = new HttpClient { Timeout = TestTimeouts.Default };
            foreach (var port in new[] { httpPort, geventPort })
            {
                var body = await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/web/health"));
                Assert.Equal("pass", JsonNode.Parse(body)!["status"]!.GetValue<string>());
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private string WriteConf(int dbPort, string extra = "")
    {
        var path = Path.Combine(_folder, $"odoo-{Guid.NewGuid():N}.conf");
        File.WriteAllText(path, string.Create(CultureInfo.InvariantCulture, $"""
            [options]
            db_host = 127.0.0.1
            db_port = {dbPort}
            db_user = {PostgresServerFixture.Role}
            db_password = {PostgresServerFixture.RolePassword}
            http_interface = 127.0.0.1
            {extra}
            """));
        return path;
    }

    private static Process Start(params string[] args) => Start(new Dictionary<string, string>(), args);

    private static Process Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "OdooAspire.OdooSimulator.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment.Remove("ODOO_BUS_PUBLIC_SAMESITE_WS");
        info.Environment.Remove("Odoo__Version");
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        return Process.Start(info)!;
    }

    private static Task<(int ExitCode, string Output)> RunToEndAsync(params string[] args) =>
        RunToEndAsync(new Dictionary<string, string>(), args);

    private static async Task<(int ExitCode, string Output)> RunToEndAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Start(environment, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TestTimeouts.ServerStart);
        await process.WaitForExitAsync(cts.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
