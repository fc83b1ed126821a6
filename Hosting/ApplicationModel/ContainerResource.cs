namespace OdooAspire.Hosting.ApplicationModel;

/// <summary>A container started through the docker or podman CLI.</summary>
public class ContainerResource(string name, string image, string tag) : Resource(name)
{
    /// <summary>The image name, without tag (e.g. <c>postgres</c>).</summary>
    public string Image { get; } = image;

    /// <summary>The image tag.</summary>
    public string Tag { get; } = tag;

    /// <summary>Whether the container is removed with the session or kept between runs.</summary>
    public ContainerLifetime Lifetime { get; set; } = ContainerLifetime.Session;

    public override string Kind => "Container";

    /// <summary>The full image reference.</summary>
    public string ImageReference => $"{Image}:{Tag}";
}
