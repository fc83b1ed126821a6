using System.Globalization;
using System.Net;
using Aspire.Hosting.Testing;
using OdooAspire.Hosting.Tests.Infrastructure;
using OdooAspire.Hosting.Tests.Odoo.Fixtures;

namespace OdooAspire.Hosting.Tests.Odoo;

/// <summary>The whole Odoo resource in Simulator mode, started by a small Aspire app with a PostgreSQL from the local binaries.</summary>
public sealed class OdooSimulatorModeTests(SimulatorModeFixture fixture) : IClassFixture<SimulatorModeFixture>
{
    private AppRun Run => fixture.Run;

    [LocalPostgresFact]
    public async Task The_simulator_becomes_healthy_and_answers_web_health_on_both_endpoints()
    {
        using var client = new HttpClient { Timeout = TestTimeouts.Short };
        var http = Run.App.GetEndpoint(AppRun.Odoo, "http");
        var websocket = Run.App.GetEndpoint(AppRun.Odoo, "websocket");

        Assert.NotEqual(http.Port, websocket.Port);
        foreach (var endpoint in new[] { http, websocket })
        {
            using var response = await client.GetAsync(new Uri(endpoint, "/web/health"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("\"pass\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [LocalPostgresFact]
    public async Task The_log_says_why_the_simulator_runs_and_that_it_made_its_database()
    {
        await Run.WaitForLogAsync(AppRun.Odoo, "Odoo:Mode is Simulator", count: 1, TestTimeouts.Short);
        await Run.WaitForLogAsync(AppRun.Odoo, "database 'odoo' does not exist: the simulator creates it as it starts", count: 1, TestTimeouts.Short);
        await Run.WaitForLogAsync(AppRun.Odoo, "OdooSimulator: created database odoo", count: 1, TestTimeouts.Short);
        await Run.WaitForLogAsync(AppRun.Odoo, "OdooSimulator (not Odoo) serving database odoo", count: 1, TestTimeouts.Short);
    }

    [LocalPostgresFact]
    public async Task The_odoo_role_not_postgres_owns_the_database_and_is_no_superuser()
    {
        Assert.Equal("odoo", await Run.ScalarAsync("postgres", "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'odoo'"));
        Assert.Equal(false, await Run.ScalarAsync("postgres", "SELECT rolsuper FROM pg_roles WHERE rolname = 'odoo'"));
        Assert.Equal("odoo", await Run.ScalarAsync("odoo", "SELECT tableowner FROM pg_tables WHERE tablename = 'simulator_meta'"));
    }

    [LocalPostgresFact]
    public async Task Odoo_conf_holds_the_ports_the_orchestrator_allocated_and_only_its_owner_reads_it()
    {
        var path = Path.Combine(fixture.DataPath, "odoo", AppRun.Odoo, "odoo.conf");
        var conf = (await File.ReadAllLinesAsync(path))
            .Where(l => l.Contains(" = ", StringComparison.Ordinal))
            .Select(l => l.Split(" = ", 2))
            .ToDictionary(p => p[0], p => p[1]);
        var postgres = Run.App.GetEndpoint(AppRun.Postgres, "tcp");

        Assert.Equal(Run.App.GetEndpoint(AppRun.Odoo, "http").Port.ToString(CultureInfo.InvariantCulture), conf["http_port"]);
        Assert.Equal(Run.App.GetEndpoint(AppRun.Odoo, "websocket").Port.ToString(CultureInfo.InvariantCulture), conf["gevent_port"]);
        Assert.Equal(("127.0.0.1", "127.0.0.1"), (conf["http_interface"], conf["db_host"]));
        Assert.Equal(postgres.Port.ToString(CultureInfo.InvariantCulture), conf["db_port"]);
        Assert.Equal(("odoo", "odoo", "^odoo$"), (conf["db_user"], conf["db_name"], conf["dbfilter"]));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, UnixPermissions.Get(path));
    }
}
