using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OdooAspire.IntegrationTests.Infrastructure;
using OdooAspire.Odoo.Client;

namespace OdooAspire.IntegrationTests.Dashboard;

/// <summary>
/// The Odoo resource's commands and links, executed through Aspire's <see cref="ResourceCommandService"/> (what the
/// dashboard calls), on a graph of their own: "Reset database" destroys what other tests would be using.
/// </summary>
public sealed class OdooCommandsTests(GraphFixture graph) : IClassFixture<GraphFixture>
{
    private const string RunDoctor = "run-doctor";
    private const string ResetDatabase = "reset-database";

    private ResourceCommandService Commands => graph.App.Services.GetRequiredService<ResourceCommandService>();

    [Fact]
    public async Task Run_doctor_passes_through_the_gateway_and_writes_its_report_to_odoos_console_log()
    {
        using var scenario = new CancellationTokenSource(TestTimeouts.Scenario);

        var result = await Commands.ExecuteCommandAsync("odoo", RunDoctor, scenario.Token);

        Assert.True(result.Success, $"{result.Message}\n{result.Data?.Value}");
        Assert.Matches("^Summary: [0-9]+ passed, 0 failed, ", result.Message);
        Assert.Contains($"Checking {graph.GatewayUrl}", result.Data!.Value, StringComparison.Ordinal);
        Assert.True(
            await Polling.UntilAsync(() => Task.FromResult(graph.Logs.Snapshot("odoo").Any(l => l.Contains("PASS  websocket handshake", StringComparison.Ordinal))),
                TestTimeouts.Delivery, TimeSpan.FromMilliseconds(100), scenario.Token),
            "odoo's console log has no doctor report:\n" + graph.Logs.Tail("odoo"));
    }

    [Fact]
    public async Task Reset_database_drops_what_was_posted_and_odoo_comes_back_healthy_on_a_new_database()
    {
        using var scenario = new CancellationTokenSource(TestTimeouts.Scenario);
        var marker = "before the reset " + Guid.NewGuid().ToString("N")[..8];
        await using (var liveOperator = await LiveChatDriver.StartOperatorAsync(graph, scenario.Token))
        await using (var visitor = await LiveChatDriver.StartChatAsync(graph, liveOperator, "Forgotten visitor", scenario.Token))
        {
            await visitor.PostAsync(marker, scenario.Token);
            await liveOperator.Bus!.WaitForAsync(n => n.IsNewMessage(visitor.ChannelId, marker), TestTimeouts.Delivery, "the message before the reset");
        }

        Assert.Equal(1, await CountMessagesAsync(marker, scenario.Token));

        var result = await Commands.ExecuteCommandAsync("odoo", ResetDatabase, scenario.Token);

        Assert.True(result.Success, result.Message + "\n" + graph.Logs.Tail("odoo"));
        Assert.Equal(0, await CountMessagesAsync(marker, scenario.Token));
        Assert.Contains(graph.Logs.Snapshot("odoo"), l => l.Contains($"dropped database '{graph.Database}'", StringComparison.Ordinal));

        // The new database is a working Odoo again, through the gateway.
        await using var newOperator = await LiveChatDriver.StartOperatorAsync(graph, scenario.Token);
        await using var newVisitor = await LiveChatDriver.StartChatAsync(graph, newOperator, "Visitor after the reset", scenario.Token);
        await newVisitor.PostAsync("after the reset", scenario.Token);
        await newOperator.Bus!.WaitForAsync(n => n.IsNewMessage(newVisitor.ChannelId, "after the reset"), TestTimeouts.Delivery, "the message after the reset");
    }

    [Fact]
    public async Task Odoo_links_its_login_page_through_the_gateway_and_the_gateway_links_its_sessions_page_on_loopback()
    {
        Assert.True(graph.App.ResourceNotifications.TryGetCurrentState("odoo", out var odoo));
        Assert.True(graph.App.ResourceNotifications.TryGetCurrentState("gateway", out var gateway));

        var login = Assert.Single(odoo.Snapshot.Urls, u => u.Name is null);
        Assert.Equal(new Uri(graph.GatewayUrl, "/web/login").ToString(), login.Url);
        Assert.Equal("Open Odoo (through the gateway)", login.DisplayProperties.DisplayName);
        Assert.False(login.IsInternal);
        // Odoo's own ports stay in the details: a browser there gets no websocket in multi-process mode.
        Assert.All(odoo.Snapshot.Urls.Where(u => u.Name is not null), u => Assert.True(u.IsInternal, $"{u.Name} is shown in the row"));

        var sessions = Assert.Single(gateway.Snapshot.Urls, u => u.Name == "sessions");
        Assert.Equal("WebSocket sessions", sessions.DisplayProperties.DisplayName);
        Assert.StartsWith("http://127.0.0.1:", sessions.Url, StringComparison.Ordinal);
    }

    [Fact]
    public void Odoo_shows_its_notice_as_a_property_when_no_real_odoo_runs()
    {
        Assert.True(graph.App.ResourceNotifications.TryGetCurrentState("odoo", out var odoo));

        var notice = odoo.Snapshot.Properties.SingleOrDefault(p => p.Name == "odoo.notice")?.Value as string;

        if (OdooTarget.IsSimulator)
        {
            Assert.StartsWith("NO REAL ODOO IS RUNNING", notice, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', notice!);
        }
        else
        {
            Assert.Null(notice);
        }
    }

    private async Task<long> CountMessagesAsync(string text, CancellationToken cancellationToken)
    {
        var server = await graph.App.GetConnectionStringAsync("postgres", cancellationToken);
        // Unpooled: the reset drops the database WITH (FORCE), which ends every connection a pool would keep.
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = graph.Database, Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM mail_message WHERE body::text LIKE @pattern", connection);
        command.Parameters.AddWithValue("pattern", "%" + text + "%");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
