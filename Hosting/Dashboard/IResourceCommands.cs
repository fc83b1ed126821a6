namespace OdooAspire.Hosting.Dashboard;

/// <summary>The resource commands the dashboard may run; implemented by the running application.</summary>
internal interface IResourceCommands
{
    Task StopResourceAsync(string name, CancellationToken cancellationToken);

    void StartResource(string name);
}
