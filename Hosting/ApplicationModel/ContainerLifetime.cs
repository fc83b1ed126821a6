namespace OdooAspire.Hosting.ApplicationModel;

/// <summary>How long a container lives.</summary>
public enum ContainerLifetime
{
    /// <summary>Created for this run and removed when the host stops.</summary>
    Session,

    /// <summary>Kept between runs; recreated only when its configuration changes.</summary>
    Persistent,
}
