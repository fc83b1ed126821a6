using OdooAspire.Hosting.ApplicationModel;

namespace OdooAspire.Hosting;

/// <summary>Reaches the internal services of the builder from extension methods.</summary>
internal static class DevHostBuilderAccess
{
    public static DevHostBuilder Internal(this IDevHostBuilder builder) =>
        builder as DevHostBuilder
        ?? throw new InvalidOperationException($"This method needs a builder created by {nameof(DevHost)}.{nameof(DevHost.CreateBuilder)}.");

    public static DevHostBuilder Internal<T>(this IResourceBuilder<T> builder) where T : Resource =>
        builder.ApplicationBuilder.Internal();
}
