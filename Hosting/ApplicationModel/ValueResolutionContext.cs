namespace OdooAspire.Hosting.ApplicationModel;

/// <summary>Who consumes a value: a container reaches other containers by name, a process by loopback.</summary>
public sealed record ValueResolutionContext(bool ConsumerIsContainer)
{
    public static ValueResolutionContext Host { get; } = new(false);
}
