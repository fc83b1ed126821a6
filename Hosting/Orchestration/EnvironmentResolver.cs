using OdooAspire.Hosting.ApplicationModel;

namespace OdooAspire.Hosting.Orchestration;

/// <summary>Turns a resource's environment and argument annotations into strings for this run.</summary>
internal static class EnvironmentResolver
{
    public const string Mask = "********";

    public static async Task<ResolvedValues> ResolveAsync(Resource resource, CancellationToken cancellationToken)
    {
        var context = new ValueResolutionContext(resource is ContainerResource);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        var masked = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var annotation in resource.AnnotationsOf<EnvironmentAnnotation>())
        {
            var value = await annotation.Value.GetValueAsync(context, cancellationToken);
            environment[annotation.Name] = value;
            masked[annotation.Name] = annotation.Value.IsSecret ? Mask : value;
        }

        var arguments = new List<string>();
        foreach (var annotation in resource.AnnotationsOf<ArgumentAnnotation>())
        {
            arguments.Add(await annotation.Value.GetValueAsync(context, cancellationToken));
        }

        return new ResolvedValues(environment, masked, arguments);
    }
}

/// <summary>The environment (clear and masked) and arguments of one resource.</summary>
internal sealed record ResolvedValues(
    IReadOnlyDictionary<string, string> Environment,
    IReadOnlyDictionary<string, string> MaskedEnvironment,
    IReadOnlyList<string> Arguments);
