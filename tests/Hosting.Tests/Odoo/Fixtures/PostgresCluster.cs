using System.Security.Cryptography;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OdooAspire.Hosting.Postgres;
using OdooAspire.Hosting.Tests.Infrastructure;

namespace OdooAspire.Hosting.Tests.Odoo.Fixtures;

/// <summary>
/// A PostgreSQL cluster from the local binaries, run by Aspire on its own data folder, with Odoo's role made as
/// Odoo's start-up makes it: what the database setup works on.
/// </summary>
internal sealed class PostgresCluster : IAsyncDisposable
{
    private PostgresCluster(AppRun run, PostgresDatabaseAdmin admin, string applicationPassword)
    {
        Run = run;
        Admin = admin;
        ApplicationPassword = applicationPassword;
    }

    public AppRun Run { get; }

    /// <summary>The superuser's operations, with <c>odoo</c> as the application role.</summary>
    public PostgresDatabaseAdmin Admin { get; }

    /// <summary>The <c>odoo</c> role's password.</summary>
    public string ApplicationPassword { get; }

    /// <summary>The server's own programs (pg_dump and pg_restore of its release).</summary>
    public PostgresBinaries Binaries => Run.App.Services.GetRequiredService<DistributedApplicationModel>().Resources.OfType<LocalPostgresServerResource>().Single().Binaries;

    public ResourceNotificationService Notifications => Run.App.ResourceNotifications;

    public static async Task<PostgresCluster> StartAsync(string dataPath)
    {
        var run = await AppRun.StartAsync(dataPath);
        try
        {
            using var timeout = TestTimeouts.ShortToken();
            var admin = new PostgresDatabaseAdmin(await run.App.GetConnectionStringAsync(AppRun.Postgres, timeout.Token)
                ?? throw new InvalidOperationException($"{AppRun.Postgres} has no connection string."), "odoo");
            var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            await admin.EnsureApplicationRoleAsync(password, timeout.Token);
            return new PostgresCluster(run, admin, password);
        }
        catch
        {
            await run.StopAsync();
            throw;
        }
    }

    public async Task<object?> ScalarAsync(string database, string sql)
    {
        await using var connection = await Admin.OpenAsync(database, CancellationToken.None);
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }

    public async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = await Admin.OpenAsync(database, CancellationToken.None);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Whether the database is marked as a template and whether it accepts connections: a sealed template is (true, false).</summary>
    public async Task<(bool IsTemplate, bool AllowsConnections)> TemplateFlagsAsync(string database)
    {
        await using var connection = await Admin.OpenAsync("postgres", CancellationToken.None);
        await using var command = new NpgsqlCommand("SELECT datistemplate, datallowconn FROM pg_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", database);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync()
            ? (reader.GetBoolean(0), reader.GetBoolean(1))
            : throw new InvalidOperationException($"There is no database {database}.");
    }

    public ValueTask DisposeAsync() => Run.DisposeAsync();
}
