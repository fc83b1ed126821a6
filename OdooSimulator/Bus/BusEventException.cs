namespace OdooAspire.OdooSimulator.Bus;

/// <summary>A client bus event that cannot be served (missing key, wrong type).</summary>
internal sealed class BusEventException : Exception
{
    public BusEventException(string message)
        : base(message)
    {
    }

    public BusEventException()
    {
    }

    public BusEventException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
