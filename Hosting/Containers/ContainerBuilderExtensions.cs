using OdooAspire.Hosting.ApplicationModel;

namespace OdooAspire.Hosting;

/// <summary>Adds and configures containers.</summary>
public static class ContainerBuilderExtensions
{
    /// <summary>Adds a container from <paramref name="image"/> (with or without <c>:tag</c>; default tag "latest").</summary>
    public static IResourceBuilder<ContainerResource> AddContainer(this IDevHostBuilder builder, string name, string image, string? tag = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(image);
        var lastSlash = image.LastIndexOf('/');
        var colon = image.LastIndexOf(':');
        if (tag is null && colon > lastSlash)
        {
            tag = image[(colon + 1)..];
            image = image[..colon];
        }

        return builder.AddResource(new ContainerResource(name, image, tag ?? "latest"));
    }

    /// <summary>Mounts a named volume (kept between runs) at <paramref name="target"/>.</summary>
    public static IResourceBuilder<ContainerResource> WithVolume(this IResourceBuilder<ContainerResource> builder, string volumeName, string target, bool isReadOnly = false)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(volumeName);
        EnsureAbsoluteTarget(target);
        builder.Resource.Annotations.Add(new ContainerMountAnnotation(volumeName, target, IsBindMount: false, isReadOnly));
        return builder;
    }

    /// <summary>Mounts a host folder or file (relative to the AppHost folder) at <paramref name="target"/>.</summary>
    public static IResourceBuilder<ContainerResource> WithBindMount(this IResourceBuilder<ContainerResource> builder, string source, string target, bool isReadOnly = false)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        EnsureAbsoluteTarget(target);
        var fullSource = Path.GetFullPath(source, builder.ApplicationBuilder.AppHostDirectory);
        builder.Resource.Annotations.Add(new ContainerMountAnnotation(fullSource, target, IsBindMount: true, isReadOnly));
        return builder;
    }

    /// <summary>Keeps the container between runs (recreated when its configuration changes).</summary>
    public static IResourceBuilder<ContainerResource> WithLifetime(this IResourceBuilder<ContainerResource> builder, ContainerLifetime lifetime)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Resource.Lifetime = lifetime;
        return builder;
    }

    private static void EnsureAbsoluteTarget(string target)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        if (!target.StartsWith('/'))
        {
            throw new ArgumentException($"The mount target '{target}' must be an absolute path inside the container.", nameof(target));
        }
    }
}
