namespace OdooAspire.Hosting.Tests.Odoo.Fixtures;

/// <summary>A clock the test moves by hand (timestamps only).</summary>
internal sealed class ManualTimeProvider : TimeProvider
{
    private long _ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => _ticks;

    public void Advance(TimeSpan by) => _ticks += by.Ticks;
}
