namespace OdooAspire.Hosting.ApplicationModel;

/// <summary>Fluent handle on a resource being composed.</summary>
public interface IResourceBuilder<out T> where T : Resource
{
    /// <summary>The resource this builder configures.</summary>
    T Resource { get; }

    /// <summary>The application builder the resource belongs to.</summary>
    IDevHostBuilder ApplicationBuilder { get; }
}
