namespace OdooAspire.IntegrationTests.Infrastructure;

/// <summary>Which resources of the AppHost's model a test waits for: those a person sees in the dashboard.</summary>
internal static class GraphResources
{
    /// <summary>
    /// Every resource that can be waited for, less the hidden ones: Aspire adds a <c>-rebuilder</c> resource per
    /// project that runs only on demand and would never become healthy.
    /// </summary>
    public static IReadOnlyList<string> Visible(DistributedApplicationModel model) =>
        [.. model.Resources
            .Where(r => r is IResourceWithWaitSupport)
            .Where(r => !r.Annotations.OfType<HiddenAnnotation>().Any())
            .Where(r => r.Annotations.OfType<ResourceSnapshotAnnotation>().LastOrDefault()?.InitialSnapshot.IsHidden != true)
            .Select(r => r.Name)];
}
