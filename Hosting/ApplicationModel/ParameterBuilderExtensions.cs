using OdooAspire.Hosting.ApplicationModel;

namespace OdooAspire.Hosting;

/// <summary>Adds parameters: values from configuration or generated secrets.</summary>
public static class ParameterBuilderExtensions
{
    /// <summary>
    /// A value read from <c>Parameters:name</c>. When absent and <paramref name="generate"/> is true, a random
    /// secret is generated once and kept in the user's secret store; otherwise a clear error at first use.
    /// </summary>
    public static IResourceBuilder<ParameterResource> AddParameter(this IDevHostBuilder builder, string name, bool secret = false, bool generate = false)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        var secrets = builder.Internal().Secrets;
        var key = $"{KnownConfigNames.ParametersSection}:{name}";
        return builder.AddResource(new ParameterResource(name, () =>
        {
            if (configuration[key] is { Length: > 0 } configured)
            {
                return configured;
            }

            return generate
                ? secrets.GetOrCreate(name)
                : throw new InvalidOperationException($"Parameter '{name}' has no value: set '{key}' in appsettings.json, the environment ({key.Replace(":", "__", StringComparison.Ordinal)}) or the command line.");
        }, secret || generate));
    }
}
