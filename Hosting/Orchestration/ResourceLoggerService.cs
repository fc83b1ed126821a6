using System.Collections.Concurrent;

namespace OdooAspire.Hosting.Orchestration;

/// <summary>One bounded log buffer per resource.</summary>
public sealed class ResourceLoggerService(TimeProvider time, int capacityPerResource = 2000)
{
    private readonly ConcurrentDictionary<string, LogBuffer> _buffers = new(StringComparer.Ordinal);

    /// <summary>The buffer of a resource (created on first use).</summary>
    public LogBuffer Get(string resourceName) =>
        _buffers.GetOrAdd(resourceName, _ => new LogBuffer(capacityPerResource, time));
}
