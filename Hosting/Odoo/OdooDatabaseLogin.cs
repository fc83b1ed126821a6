namespace OdooAspire.Hosting.Odoo;

/// <summary>How Odoo reaches PostgreSQL: address as seen from where Odoo runs, and its own role.</summary>
internal sealed record OdooDatabaseLogin(string Host, int Port, string User, string Password);
