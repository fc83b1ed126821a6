using OdooAspire.Dashboard;
using OdooAspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Orchestration;

namespace OdooAspire.Hosting.Testing;

/// <summary>
/// A composed application under test: start it, wait for resources with explicit timeouts, reach endpoints,
/// and dispose it (everything stopped, nothing left behind).
/// </summary>
public sealed class DevHostTestApp : IAsyncDisposable
{
    internal DevHostTestApp(DevHostApp app)
    {
        App = app;
    }

    /// <summary>The underlying application (resources, notifications, logs).</summary>
    public DevHostApp App { get; }

    /// <summary>Where the dashboard listens once started; null unless the test passed <c>--Dashboard:Enabled true</c>.</summary>
    public DashboardUrls? DashboardUrls => App.DashboardUrls;

    /// <summary>Starts every resource; returns without waiting for health.</summary>
    public Task StartAsync(CancellationToken cancellationToken = default) => App.StartAsync(cancellationToken);

    /// <summary>
    /// Waits until the resource is healthy. Throws <see cref="ArgumentException"/> at once for an unknown name and
    /// <see cref="ResourceFailedException"/> (with the failed resource's last log lines) as soon as it or a
    /// resource it waits for fails.
    /// </summary>
    public Task WaitForResourceHealthyAsync(string name, CancellationToken cancellationToken) =>
        App.WaitForResourceHealthyAsync(name, cancellationToken);

    /// <summary>Waits until every resource is healthy (fails fast like <see cref="WaitForResourceHealthyAsync"/>).</summary>
    public Task WaitForAllHealthyAsync(CancellationToken cancellationToken) => App.WaitForAllHealthyAsync(cancellationToken);

    /// <summary>The URL of a resource's endpoint, e.g. <c>GetEndpoint("gateway", "http")</c>.</summary>
    public Uri GetEndpoint(string resourceName, string endpointName = "http") =>
        new EndpointReference(FindResource(resourceName), endpointName).Allocated.Url;

    /// <summary>A client whose BaseAddress is the resource's endpoint.</summary>
    public HttpClient CreateHttpClient(string resourceName, string endpointName = "http") =>
        new(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false })
        {
            BaseAddress = GetEndpoint(resourceName, endpointName),
        };

    /// <summary>The connection string of a resource that has one (a PostgreSQL server or database).</summary>
    public async Task<string> GetConnectionStringAsync(string resourceName, CancellationToken cancellationToken = default) =>
        FindResource(resourceName) is IResourceWithConnectionString resource
            ? await resource.GetConnectionStringAsync(ValueResolutionContext.Host, cancellationToken)
            : throw new ArgumentException($"Resource '{resourceName}' has no connection string.", nameof(resourceName));

    /// <summary>The captured output of a resource.</summary>
    public LogBuffer GetLogs(string resourceName) => App.ResourceLogs.Get(FindResource(resourceName).Name);

    /// <summary>The current state of a resource.</summary>
    public ResourceSnapshot GetSnapshot(string resourceName) =>
        App.ResourceNotifications.Get(FindResource(resourceName).Name)
        ?? throw new InvalidOperationException($"Resource '{resourceName}' has no state yet: start the application first.");

    /// <summary>Stops the application and deletes its data folder and the container volumes that belong to it.</summary>
    public Task DeleteDataAsync(CancellationToken cancellationToken = default) => App.DeleteDataAsync(cancellationToken);

    public ValueTask DisposeAsync() => App.DisposeAsync();

    private Resource FindResource(string name) =>
        App.Resources.FirstOrDefault(r => r.Name == name)
        ?? throw new ArgumentException($"There is no resource named '{name}'. Resources: {string.Join(", ", App.Resources.Select(r => r.Name))}.", nameof(name));
}
