using OdooAspire.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace OdooAspire.IntegrationTests.Proxy;

/// <summary>
/// The seed's bug: multi-process Odoo behind a gateway whose <c>/websocket</c> route goes to the HTTP port,
/// as an nginx without the <c>location /websocket</c> block does.
/// </summary>
public sealed class MisroutedWebsocketFixture(IMessageSink diagnostics) : GraphFixture(diagnostics)
{
    protected override IEnumerable<string> Arguments => ["--Gateway:WebsocketRoute", "HttpPort"];
}
