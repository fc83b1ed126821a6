using OdooAspire.OdooSimulator.Tests.Infrastructure;

namespace OdooAspire.OdooSimulator.Tests.Http;

[Collection(PostgresTests.Name)]
public sealed class ThreadedModeTests(PostgresServerFixture postgres)
{
    [Fact]
    public async Task Threaded_mode_serves_the_websocket_on_the_HTTP_port_and_listens_on_nothing_else()
    {
        await using var host = await SimulatorHost.StartAsync(postgres, o => o with { Workers = 0 });

        await using var client = await RawWebSocketClient.ConnectAsync(host.HttpUrl, "/websocket?version=18.0-5", host.HttpUrl.GetLeftPart(UriPartial.Authority));

        Assert.StartsWith("HTTP/1.1 101", client.StatusLine, StringComparison.Ordinal);
        Assert.Null(host.GeventUrl);
    }
}
