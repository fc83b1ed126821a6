namespace OdooAspire.IntegrationTests.Infrastructure;

/// <summary>A fact about Odoo's own web client: skipped, saying why, when the graph runs the simulator (CI).</summary>
public sealed class RealOdooFactAttribute : FactAttribute
{
    public RealOdooFactAttribute()
    {
        if (OdooTarget.IsSimulator)
        {
            Skip = "Odoo's web client needs a real Odoo (Odoo__Mode=Source with Odoo__SourcePath, or Container): "
                + "the simulator speaks Odoo's wire protocol but serves no web client";
        }
    }
}
