using OdooAspire.Hosting.Readiness;

namespace OdooAspire.Hosting.ApplicationModel;

/// <summary>Environment, arguments, references and waiting: what every resource can be given.</summary>
public static class ResourceBuilderExtensions
{
    /// <summary>Sets an environment variable to a literal value.</summary>
    public static IResourceBuilder<T> WithEnvironment<T>(this IResourceBuilder<T> builder, string name, string value) where T : Resource =>
        builder.WithEnvironment(name, new LiteralValue(value ?? throw new ArgumentNullException(nameof(value))));

    /// <summary>Sets an environment variable to a value known at start (endpoint URL, parameter, connection string).</summary>
    public static IResourceBuilder<T> WithEnvironment<T>(this IResourceBuilder<T> builder, string name, IValueProvider value) where T : Resource
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
        builder.Resource.Annotations.Add(new EnvironmentAnnotation(name, value));
        return builder;
    }

    /// <summary>Sets an environment variable to a parameter's value (masked when the parameter is secret).</summary>
    public static IResourceBuilder<T> WithEnvironment<T>(this IResourceBuilder<T> builder, string name, IResourceBuilder<ParameterResource> parameter) where T : Resource =>
        builder.WithEnvironment(name, (IValueProvider)parameter.Resource);

    /// <summary>Appends literal command-line arguments.</summary>
    public static IResourceBuilder<T> WithArgs<T>(this IResourceBuilder<T> builder, params string[] arguments) where T : Resource
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(arguments);
        foreach (var argument in arguments)
        {
            builder.Resource.Annotations.Add(new ArgumentAnnotation(new LiteralValue(argument)));
        }

        return builder;
    }

    /// <summary>Appends an argument known at start.</summary>
    public static IResourceBuilder<T> WithArgs<T>(this IResourceBuilder<T> builder, IValueProvider argument) where T : Resource
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(argument);
        builder.Resource.Annotations.Add(new ArgumentAnnotation(argument));
        return builder;
    }

    /// <summary>
    /// Gives this resource another resource's connection string (<c>ConnectionStrings__name</c>) and/or its
    /// endpoints (<c>services__name__endpoint__0</c>).
    /// </summary>
    public static IResourceBuilder<T> WithReference<T>(this IResourceBuilder<T> builder, IResourceBuilder<Resource> source) where T : Resource
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(source);
        var target = source.Resource;
        builder.Resource.Annotations.Add(new ReferenceAnnotation(target));
        if (target is IResourceWithConnectionString withConnectionString)
        {
            builder.WithEnvironment(
                KnownConfigNames.ConnectionStringsPrefix + withConnectionString.ConnectionStringName,
                new ConnectionStringReference(withConnectionString));
        }

        foreach (var endpoint in target.AnnotationsOf<EndpointAnnotation>())
        {
            builder.WithEnvironment(KnownConfigNames.ServiceEndpoint(target.Name, endpoint.Name), new EndpointReference(target, endpoint.Name));
        }

        return builder;
    }

    /// <summary>Gives this resource one endpoint of another resource (<c>services__name__endpoint__0</c>).</summary>
    public static IResourceBuilder<T> WithReference<T>(this IResourceBuilder<T> builder, EndpointReference endpoint) where T : Resource
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        _ = endpoint.Endpoint;
        builder.Resource.Annotations.Add(new ReferenceAnnotation(endpoint.Resource));
        return builder.WithEnvironment(KnownConfigNames.ServiceEndpoint(endpoint.Resource.Name, endpoint.EndpointName), endpoint);
    }

    /// <summary>Starts this resource only once <paramref name="dependency"/> is running and healthy.</summary>
    public static IResourceBuilder<T> WaitFor<T>(this IResourceBuilder<T> builder, IResourceBuilder<Resource> dependency) where T : Resource
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(dependency);
        if (dependency.Resource == builder.Resource)
        {
            throw new ArgumentException($"{builder.Resource} cannot wait for itself.", nameof(dependency));
        }

        if (dependency.Resource is ParameterResource)
        {
            throw new ArgumentException($"{dependency.Resource} is a value, not something that starts; it cannot be waited for.", nameof(dependency));
        }

        builder.Resource.Annotations.Add(new WaitAnnotation(dependency.Resource));
        return builder;
    }

    /// <summary>Adds a readiness check that must pass before the resource is healthy.</summary>
    public static IResourceBuilder<T> WithHealthCheck<T>(this IResourceBuilder<T> builder, IReadinessCheck check) where T : Resource
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(check);
        builder.Resource.Annotations.Add(new HealthCheckAnnotation(check));
        return builder;
    }

    /// <summary>Healthy when GET <paramref name="path"/> on the endpoint answers 2xx (or <paramref name="statusCode"/>).</summary>
    public static IResourceBuilder<T> WithHttpHealthCheck<T>(this IResourceBuilder<T> builder, string path = "/health", int? statusCode = null, string endpointName = "http") where T : Resource
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!path.StartsWith('/'))
        {
            throw new ArgumentException($"Health check path '{path}' must start with '/'.", nameof(path));
        }

        return builder.WithHealthCheck(new HttpReadinessCheck(builder.GetEndpoint(endpointName), path, statusCode));
    }

    /// <summary>Healthy when a TCP connection to the endpoint succeeds.</summary>
    public static IResourceBuilder<T> WithTcpHealthCheck<T>(this IResourceBuilder<T> builder, string endpointName) where T : Resource =>
        builder.WithHealthCheck(new TcpReadinessCheck(builder.GetEndpoint(endpointName)));

    /// <summary>Prints <c>Label: url</c> once everything is healthy.</summary>
    public static IResourceBuilder<T> WithConsoleUrl<T>(this IResourceBuilder<T> builder, string label, string endpointName = "http", string? path = null, string? note = null, int order = 0) where T : Resource
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        _ = builder.GetEndpoint(endpointName).Endpoint;
        builder.Resource.Annotations.Add(new ConsoleUrlAnnotation(label, endpointName, path, note) { Order = order });
        return builder;
    }

    /// <summary>Adds a notice shown prominently by the console and the dashboard.</summary>
    public static IResourceBuilder<T> WithNotice<T>(this IResourceBuilder<T> builder, string message) where T : Resource
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        builder.Resource.Annotations.Add(new NoticeAnnotation(message));
        return builder;
    }
}
