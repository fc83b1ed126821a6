using OdooAspire.Hosting.ApplicationModel;

namespace OdooAspire.Hosting.Orchestration;

/// <summary>What a runner receives: the resource with its values resolved for this run.</summary>
internal sealed record ResourceStartContext(
    Resource Resource,
    IReadOnlyDictionary<string, string> Environment,
    IReadOnlyList<string> Arguments,
    LogBuffer Log,
    Action<string> ReportStatus)
{
    /// <summary>Frees the resource's allocated ports, held until now; runners call it right before the launch that binds them.</summary>
    public Action ReleaseEndpoints { get; init; } = () => { };
}
