using OdooAspire.Hosting.ApplicationModel;

namespace OdooAspire.Hosting.Orchestration;

/// <summary>Who waits for whom; start order is a topological order, shutdown the reverse.</summary>
internal sealed class ResourceGraph
{
    private readonly Dictionary<Resource, IReadOnlyList<Resource>> _dependencies;

    public ResourceGraph(IReadOnlyList<Resource> resources)
    {
        _dependencies = resources.ToDictionary(
            r => r,
            r => (IReadOnlyList<Resource>)[.. r.AnnotationsOf<WaitAnnotation>().Select(w => w.Dependency).Distinct()]);
        foreach (var (resource, dependencies) in _dependencies)
        {
            var unknown = dependencies.FirstOrDefault(d => !_dependencies.ContainsKey(d));
            if (unknown is not null)
            {
                throw new InvalidOperationException($"{resource} waits for {unknown}, which is not part of the application.");
            }
        }

        StartOrder = TopologicalOrder(resources);
    }

    /// <summary>Every resource after the resources it waits for.</summary>
    public IReadOnlyList<Resource> StartOrder { get; }

    public IReadOnlyList<Resource> DependenciesOf(Resource resource) => _dependencies[resource];

    /// <summary>The resources that wait for <paramref name="resource"/>.</summary>
    public IEnumerable<Resource> DependentsOf(Resource resource) =>
        _dependencies.Where(p => p.Value.Contains(resource)).Select(p => p.Key);

    private List<Resource> TopologicalOrder(IReadOnlyList<Resource> resources)
    {
        var order = new List<Resource>();
        var state = new Dictionary<Resource, bool>(); // false = visiting, true = done
        foreach (var resource in resources)
        {
            Visit(resource, state, order, []);
        }

        return order;
    }

    private void Visit(Resource resource, Dictionary<Resource, bool> state, List<Resource> order, Stack<Resource> path)
    {
        if (state.TryGetValue(resource, out var done))
        {
            if (!done)
            {
                var cycle = path.Reverse().SkipWhile(r => r != resource).Append(resource).Select(r => r.Name);
                throw new InvalidOperationException($"Resources wait for each other in a cycle: {string.Join(" -> ", cycle)}.");
            }

            return;
        }

        state[resource] = false;
        path.Push(resource);
        foreach (var dependency in _dependencies[resource])
        {
            Visit(dependency, state, order, path);
        }

        path.Pop();
        state[resource] = true;
        order.Add(resource);
    }
}
