namespace OdooAspire.Hosting.Odoo;

/// <summary>How Odoo runs (<c>Odoo:Mode</c>).</summary>
public enum OdooMode
{
    /// <summary>A local Odoo source tree if <c>Odoo:SourcePath</c> is set, otherwise the simulator.</summary>
    Auto,

    /// <summary>The official image <c>odoo:&lt;Odoo:Version&gt;</c>; needs PostgreSQL in a container as well.</summary>
    Container,

    /// <summary>A local Odoo source tree run with the system python3.</summary>
    Source,

    /// <summary>The OdooSimulator project: Odoo's bus/LiveChat wire protocol, not Odoo.</summary>
    Simulator,
}
