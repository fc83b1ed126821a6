using Npgsql;
using OdooAspire.Hosting.Testing;
using OdooAspire.Hosting.Tests.Infrastructure;

namespace OdooAspire.Hosting.Tests.Postgres;

public sealed class LocalPostgresTests : IDisposable
{
    private readonly TemporaryDirectory _data = new();

    private Task<DevHostTestApp> CreateAsync() =>
        DevHostTestingBuilder.CreateAsync(
            builder => builder.AddPostgres("pg").AddDatabase("appdb"),
            ["--DataPath", _data.Path, "--Postgres:Mode", "Local"]);

    [Fact]
    public async Task A_local_server_starts_with_an_application_role_and_keeps_data_across_restarts()
    {
        await using (var app = await CreateAsync())
        {
            await app.StartAsync();
            await app.WaitHealthyAsync("appdb");
            await using var connection = new NpgsqlConnection(await app.GetConnectionStringAsync("appdb"));
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE TABLE kept (value text); INSERT INTO kept VALUES ('survives')", connection);
            await create.ExecuteNonQueryAsync();
            await using var user = new NpgsqlCommand("SELECT current_user", connection);
            Assert.Equal("odoo", await user.ExecuteScalarAsync());
        }

        await using (var app = await CreateAsync())
        {
            await app.StartAsync();
            await app.WaitHealthyAsync("appdb");
            await using var connection = new NpgsqlConnection(await app.GetConnectionStringAsync("appdb"));
            await connection.OpenAsync();
            await using var read = new NpgsqlCommand("SELECT value FROM kept", connection);
            Assert.Equal("survives", await read.ExecuteScalarAsync());
        }
    }

    public void Dispose() => _data.Dispose();
}
