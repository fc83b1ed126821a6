namespace OdooAspire.Gateway.Tests.Infrastructure;

/// <summary>A multi-process fake Odoo with the gateway in front, default settings, shared by a test class.</summary>
public sealed class OdooGatewayFixture : IAsyncLifetime
{
    internal FakeOdoo Odoo { get; private set; } = null!;

    internal GatewayInstance Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Odoo = await FakeOdoo.StartAsync();
        Gateway = await GatewayInstance.StartAsync(Odoo);
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Odoo.DisposeAsync();
    }
}
