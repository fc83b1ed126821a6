using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;

namespace OdooAspire.AppHost.Tests.Graph;

/// <summary>The AppHost's own graph, built by Aspire's testing builder and never started: what each resource is given.</summary>
internal sealed class AppHostModel : IAsyncDisposable
{
    private readonly IDistributedApplicationTestingBuilder _builder;
    private readonly DirectoryInfo _data;

    private AppHostModel(IDistributedApplicationTestingBuilder builder, DirectoryInfo data)
    {
        _builder = builder;
        _data = data;
    }

    public static async Task<AppHostModel> CreateAsync(params string[] args)
    {
        var data = Directory.CreateTempSubdirectory("odooaspire-model-");
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            ["--DataPath", data.FullName, "--Odoo:Mode", "Simulator", "--Postgres:Mode", "Local", .. args]);
        return new AppHostModel(builder, data);
    }

    /// <summary>The AppHost's configuration as its builder composed it (appsettings.json, arguments, environment).</summary>
    public Microsoft.Extensions.Configuration.IConfiguration Configuration => _builder.Configuration;

    public IResource Resource(string name) => _builder.Resources.Single(r => r.Name == name);

    public IReadOnlyList<EndpointAnnotation> Endpoints(string name) => [.. Resource(name).Annotations.OfType<EndpointAnnotation>()];

    /// <summary>The URLs the dashboard shows for <paramref name="name"/>'s endpoints once allocated, as its URL callbacks leave them.</summary>
    public async Task<IReadOnlyList<ResourceUrlAnnotation>> EndpointUrlsAsync(string name)
    {
        var resource = (IResourceWithEndpoints)Resource(name);
        var urls = Endpoints(name)
            .Select(e => new ResourceUrlAnnotation { Url = $"{e.UriScheme}://{e.TargetHost}:1", Endpoint = new EndpointReference(resource, e) })
            .ToList();
        var context = new ResourceUrlsCallbackContext(new DistributedApplicationExecutionContext(DistributedApplicationOperation.Run), resource, urls);
        foreach (var callback in resource.Annotations.OfType<ResourceUrlsCallbackAnnotation>())
        {
            await callback.Callback(context);
        }

        return urls;
    }

    /// <summary>
    /// The resource's environment as its callbacks build it, references shown as <c>{resource.endpoint}</c>: the
    /// values themselves exist only once the orchestrator has allocated the endpoints.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> EnvironmentAsync(string name)
    {
        var context = new EnvironmentCallbackContext(new DistributedApplicationExecutionContext(DistributedApplicationOperation.Run));
        foreach (var callback in Resource(name).Annotations.OfType<EnvironmentCallbackAnnotation>())
        {
            await callback.Callback(context);
        }

        return context.EnvironmentVariables.ToDictionary(pair => pair.Key, pair => pair.Value switch
        {
            EndpointReference endpoint => $"{{{endpoint.Resource.Name}.{endpoint.EndpointName}}}",
            EndpointReferenceExpression property => $"{{{property.Endpoint.Resource.Name}.{property.Endpoint.EndpointName}.{property.Property}}}",
            ReferenceExpression expression => expression.ValueExpression,
            string text => text,
            var other => other.GetType().Name,
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _builder.DisposeAsync();
        _data.Delete(recursive: true);
    }
}
