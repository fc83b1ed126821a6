using System.ComponentModel.DataAnnotations;

namespace OdooAspire.Hosting;

/// <summary>Options of the host itself (<c>DataPath</c> and the <c>DevHost</c> section).</summary>
public sealed class DevHostOptions
{
    /// <summary>Where databases, secrets and generated files live.</summary>
    public string DataPath { get; set; } = string.Empty;

    /// <summary>Auto (docker or podman, whichever answers), Docker, Podman or None.</summary>
    [RegularExpression("^(Auto|Docker|Podman|None)$", ErrorMessage = "DevHost:ContainerRuntime must be Auto, Docker, Podman or None.")]
    public string ContainerRuntime { get; set; } = "Auto";

    /// <summary>Seconds a resource gets to stop before it is killed.</summary>
    [Range(1, 600)]
    public int StopTimeoutSeconds { get; set; } = 10;

    /// <summary>Seconds between two rounds of health checks once a resource is healthy (it turns unhealthy when one fails).</summary>
    [Range(1, 3600)]
    public int HealthCheckSeconds { get; set; } = 5;

    /// <summary>The configuration .NET projects are built with.</summary>
    [Required]
    public string ProjectConfiguration { get; set; } = "Debug";
}
