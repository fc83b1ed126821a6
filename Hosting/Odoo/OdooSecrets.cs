namespace OdooAspire.Hosting.Odoo;

/// <summary>The two secrets an Odoo resource holds: the database manager password and its PostgreSQL role's.</summary>
public sealed record OdooSecrets(ParameterResource AdminPassword, ParameterResource DatabasePassword);
