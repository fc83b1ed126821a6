using OdooAspire.IntegrationTests.Infrastructure;

namespace OdooAspire.IntegrationTests.Proxy;

/// <summary>Threaded Odoo (<c>workers = 0</c>): the websocket lives on the HTTP port and the gateway routes it there.</summary>
public sealed class ThreadedOdooFixture : GraphFixture
{
    protected override IEnumerable<string> Arguments => ["--Odoo:Workers", "0"];
}
