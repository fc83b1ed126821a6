using OdooAspire.Hosting.Containers;
using OdooAspire.Hosting.Postgres;

namespace OdooAspire.Hosting.Odoo;

/// <summary>
/// Resolves <c>Odoo:Mode Auto</c>: Container when an engine answers, the Odoo image is present or pullable and
/// PostgreSQL runs as a container too (Container mode reaches it by name on the containers' network); else Source
/// when <c>Odoo:SourcePath</c> is set; else the simulator. An explicit mode is kept as it is.
/// </summary>
internal static class OdooModeResolver
{
    public static async Task<OdooModeDecision> ResolveAsync(
        OdooOptions odoo, PostgresOptions postgres, Func<CancellationToken, Task<IContainerRuntime?>> runtimes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(odoo);
        ArgumentNullException.ThrowIfNull(postgres);
        ArgumentNullException.ThrowIfNull(runtimes);
        if (odoo.Mode != OdooMode.Auto)
        {
            return new OdooModeDecision(odoo.Mode, $"Odoo:Mode is {odoo.Mode}");
        }

        var (container, why) = await ContainerPossibleAsync(odoo, postgres, runtimes, cancellationToken);
        if (container)
        {
            return new OdooModeDecision(OdooMode.Container, $"Odoo:Mode Auto chose Container: {why}");
        }

        return string.IsNullOrWhiteSpace(odoo.SourcePath)
            ? new OdooModeDecision(OdooMode.Simulator, $"Odoo:Mode Auto chose the simulator: {why}, and Odoo:SourcePath is not set")
            : new OdooModeDecision(OdooMode.Source, $"Odoo:Mode Auto chose Source ({odoo.SourcePath}): {why}");
    }

    private static async Task<(bool Possible, string Why)> ContainerPossibleAsync(
        OdooOptions odoo, PostgresOptions postgres, Func<CancellationToken, Task<IContainerRuntime?>> runtimes, CancellationToken cancellationToken)
    {
        if (postgres.Mode == "Local")
        {
            return (false, "Postgres:Mode is Local, and Container mode needs PostgreSQL in a container");
        }

        IContainerRuntime? runtime;
        try
        {
            runtime = await runtimes(cancellationToken);
        }
        catch (InvalidOperationException ex)
        {
            return (false, ex.Message.TrimEnd('.'));
        }

        if (runtime is null)
        {
            return (false, "no container engine answers (docker info / podman info)");
        }

        var odooImage = OdooContainer.Image(odoo);
        var odooState = await ImageStateAsync(runtime, odooImage, cancellationToken);
        if (odooState is null)
        {
            return (false, $"{runtime.Name} answers but {odooImage} is neither present nor pullable");
        }

        var postgresImage = $"{postgres.Image}:{postgres.Tag}";
        if (postgres.Mode == "Auto" && await ImageStateAsync(runtime, postgresImage, cancellationToken) is null)
        {
            return (false, $"{runtime.Name} answers and {odooImage} is {odooState}, but {postgresImage} is neither present nor pullable");
        }

        return (true, $"{runtime.Name} answers and {odooImage} is {odooState}");
    }

    /// <summary>"present", "pullable", or null.</summary>
    private static async Task<string?> ImageStateAsync(IContainerRuntime runtime, string image, CancellationToken cancellationToken) =>
        await runtime.ImageExistsAsync(image, cancellationToken) ? "present"
        : await runtime.ImagePullableAsync(image, cancellationToken) ? "pullable"
        : null;
}
