using Microsoft.Extensions.Configuration;
using OdooAspire.Hosting.ApplicationModel;

namespace OdooAspire.Hosting;

/// <summary>Composes the resources of a development environment.</summary>
public interface IDevHostBuilder
{
    /// <summary>appsettings.json, environment variables and the command line, in that order of precedence.</summary>
    ConfigurationManager Configuration { get; }

    /// <summary>The resources added so far, in order.</summary>
    IReadOnlyList<Resource> Resources { get; }

    /// <summary>The folder of the AppHost project; relative project paths are resolved against it.</summary>
    string AppHostDirectory { get; }

    /// <summary>Where the environment keeps its state.</summary>
    string DataPath { get; }

    /// <summary>Adds a resource; names are unique.</summary>
    IResourceBuilder<T> AddResource<T>(T resource) where T : Resource;

    /// <summary>Validates the model and creates the application.</summary>
    DevHostApp Build();
}
