namespace OdooAspire.Hosting.Odoo;

/// <summary>Odoo cannot start, for a reason the user can fix; the message says what to do.</summary>
public sealed class OdooStartupException(string message, Exception? innerException = null) : Exception(message, innerException);
