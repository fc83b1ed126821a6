using OdooAspire.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace OdooAspire.IntegrationTests.Proxy;

/// <summary>Threaded Odoo (<c>workers = 0</c>): the websocket lives on the HTTP port and the gateway routes it there.</summary>
public sealed class ThreadedOdooFixture(IMessageSink diagnostics) : GraphFixture(diagnostics)
{
    protected override IEnumerable<string> Arguments => ["--Odoo:Workers", "0"];
}
