using OdooAspire.Hosting.Containers;

namespace OdooAspire.Hosting.Postgres;

/// <summary>
/// Resolves <c>Postgres:Mode</c>: Auto runs a container only when an engine answers and already has the image (Auto
/// pulls nothing), else the local binaries; Container needs an engine that answers.
/// </summary>
internal static class PostgresModeResolver
{
    public static PostgresModeDecision Resolve(PostgresOptions options, Func<ContainerEngine?> detectEngine)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(detectEngine);
        var image = PostgresContainerImage.From(options);
        switch (options.Mode)
        {
            case PostgresMode.Local:
                return new PostgresModeDecision(PostgresMode.Local, "Postgres:Mode is Local");
            case PostgresMode.Container:
                var engine = detectEngine() ?? throw new InvalidOperationException(
                    "Postgres:Mode is Container but no container engine answers (docker info / podman info). "
                    + "Start docker or podman (ASPIRE_CONTAINER_RUNTIME picks one), or set Postgres:Mode to Local or Auto.");
                return new PostgresModeDecision(PostgresMode.Container, $"Postgres:Mode is Container ({engine.Name}, {image})");
            default:
                if (detectEngine() is not { } found)
                {
                    return new PostgresModeDecision(PostgresMode.Local,
                        "Postgres:Mode Auto chose the local binaries: no container engine answers (docker info / podman info)");
                }

                return found.ImageExists(image.Reference)
                    ? new PostgresModeDecision(PostgresMode.Container, $"Postgres:Mode Auto chose a container: {found.Name} answers and has {image}")
                    : new PostgresModeDecision(PostgresMode.Local,
                        $"Postgres:Mode Auto chose the local binaries: {found.Name} answers but has no {image} (Auto mode pulls nothing)");
        }
    }
}
