namespace OdooAspire.Hosting.ApplicationModel;

/// <summary>A named volume (<see cref="IsBindMount"/> false) or a host folder mounted into a container.</summary>
public sealed record ContainerMountAnnotation(string Source, string Target, bool IsBindMount, bool IsReadOnly)
    : IResourceAnnotation;
