namespace OdooAspire.Hosting.Odoo;

/// <summary>The mode a run uses and why (shown in the resource's log, and in the notice when no real Odoo runs).</summary>
public sealed record OdooModeDecision(OdooMode Mode, string Reason);
