namespace OdooAspire.OdooSimulator.Tests.Infrastructure;

/// <summary>A fact that needs a real Odoo (17.0, 18.0 or 19.0); skipped (saying why) when none is configured on this machine.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RealOdooFactAttribute : FactAttribute
{
    public RealOdooFactAttribute()
    {
        if (RealOdooTarget.FromEnvironment() is null)
        {
            Skip = $"No real Odoo on this machine: set {RealOdooTarget.UrlVariable}, {RealOdooTarget.DatabaseVariable} "
                + $"(and {RealOdooTarget.WebsocketUrlVariable} for the gevent port) to run the fidelity check.";
        }
    }
}
