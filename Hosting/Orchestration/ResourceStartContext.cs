using OdooAspire.Hosting.ApplicationModel;

namespace OdooAspire.Hosting.Orchestration;

/// <summary>What a runner receives: the resource with its values resolved for this run.</summary>
internal sealed record ResourceStartContext(
    Resource Resource,
    IReadOnlyDictionary<string, string> Environment,
    IReadOnlyList<string> Arguments,
    LogBuffer Log,
    Action<string> ReportStatus);
