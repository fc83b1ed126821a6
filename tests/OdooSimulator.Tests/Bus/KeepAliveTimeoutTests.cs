using System.Net.WebSockets;
using OdooAspire.OdooSimulator.Tests.Infrastructure;

namespace OdooAspire.OdooSimulator.Tests.Bus;

[Collection(PostgresTests.Name)]
public sealed class KeepAliveTimeoutTests(PostgresServerFixture postgres)
{
    [Fact]
    public async Task A_socket_older_than_the_keep_alive_timeout_is_closed_with_4002()
    {
        await using var host = await SimulatorHost.StartAsync(postgres, o => o with
        {
            Timings = o.Timings with { KeepAliveTimeout = TimeSpan.FromMilliseconds(300) },
        });
        using var client = host.CreateClient();
        await using var socket = await client.OpenBusAsync();

        await socket.WaitForCloseAsync();

        Assert.Equal((WebSocketCloseStatus)4002, socket.CloseStatus);
    }
}
