using OdooAspire.Hosting.Containers;

namespace OdooAspire.Hosting.Odoo;

/// <summary>
/// Resolves <c>Odoo:Mode Auto</c>: Container when an engine answers, has the Odoo image and PostgreSQL runs as a
/// container too (Container mode reaches it by name on the containers' network); else Source when
/// <c>Odoo:SourcePath</c> is set; else the simulator. An explicit mode is kept as it is.
/// </summary>
internal static class OdooModeResolver
{
    public static OdooModeDecision Resolve(OdooOptions odoo, bool postgresInContainer, Func<ContainerEngine?> detectEngine)
    {
        ArgumentNullException.ThrowIfNull(odoo);
        ArgumentNullException.ThrowIfNull(detectEngine);
        if (odoo.Mode != OdooMode.Auto)
        {
            return new OdooModeDecision(odoo.Mode, $"Odoo:Mode is {odoo.Mode}");
        }

        var (container, why) = ContainerPossible(odoo, postgresInContainer, detectEngine);
        if (container)
        {
            return new OdooModeDecision(OdooMode.Container, $"Odoo:Mode Auto chose Container: {why}");
        }

        return string.IsNullOrWhiteSpace(odoo.SourcePath)
            ? new OdooModeDecision(OdooMode.Simulator, $"Odoo:Mode Auto chose the simulator: {why}, and Odoo:SourcePath is not set")
            : new OdooModeDecision(OdooMode.Source, $"Odoo:Mode Auto chose Source ({odoo.SourcePath}): {why}");
    }

    private static (bool Possible, string Why) ContainerPossible(OdooOptions odoo, bool postgresInContainer, Func<ContainerEngine?> detectEngine)
    {
        if (!postgresInContainer)
        {
            return (false, "PostgreSQL runs from the local binaries, and Container mode needs it in a container");
        }

        if (detectEngine() is not { } engine)
        {
            return (false, "no container engine answers (docker info / podman info)");
        }

        var image = OdooContainer.Image(odoo);
        return engine.ImageExists(image)
            ? (true, $"{engine.Name} answers and has {image}")
            : (false, $"{engine.Name} answers but has no {image} (no registry is pulled from in Auto mode)");
    }
}
