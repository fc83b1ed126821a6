using System.Reflection;

namespace OdooAspire.Hosting.Testing;

/// <summary>
/// Starts an AppHost's composition from a test: the same method <c>dotnet run --project AppHost</c> runs,
/// with test overrides (random ports, isolated DataPath, Odoo mode) passed as command-line arguments.
/// </summary>
public static class DevHostTestingBuilder
{
    /// <summary>
    /// Composes the application with <paramref name="compose"/>. Relative project paths resolve against the
    /// AppHost folder recorded in the assembly that declares <paramref name="compose"/>.
    /// </summary>
    public static Task<DevHostTestApp> CreateAsync(Action<IDevHostBuilder> compose, string[]? args = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(compose);
        cancellationToken.ThrowIfCancellationRequested();
        var appHostDirectory = AppHostLocator.FromAssembly(compose.Method.DeclaringType?.Assembly ?? Assembly.GetCallingAssembly());
        var builder = new DevHostBuilder(args ?? [], appHostDirectory, testing: true);
        compose(builder);
        return Task.FromResult(new DevHostTestApp(builder.Build()));
    }
}
