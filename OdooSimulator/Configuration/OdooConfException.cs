namespace OdooAspire.OdooSimulator.Configuration;

/// <summary>The configuration or command line cannot be used; the message says what to fix.</summary>
internal sealed class OdooConfException : Exception
{
    public OdooConfException(string message)
        : base(message)
    {
    }

    public OdooConfException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public OdooConfException()
    {
    }
}
