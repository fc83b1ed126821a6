namespace OdooAspire.Gateway.Options;

/// <summary>A configuration problem the user can fix; the message says how.</summary>
internal sealed class GatewayConfigurationException : Exception
{
    public GatewayConfigurationException()
    {
    }

    public GatewayConfigurationException(string message)
        : base(message)
    {
    }

    public GatewayConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
