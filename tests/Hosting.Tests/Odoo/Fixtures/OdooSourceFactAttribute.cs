namespace OdooAspire.Hosting.Tests.Odoo.Fixtures;

/// <summary>
/// A fact that needs a real Odoo source tree: <c>ODOO_SOURCE</c> (or <c>Odoo__SourcePath</c>) names the folder holding
/// odoo-bin. Skipped, saying why, on machines without one (CI).
/// </summary>
public sealed class OdooSourceFactAttribute : FactAttribute
{
    public OdooSourceFactAttribute()
    {
        Skip = OdooSource.UnavailableReason;
    }
}
