namespace OdooAspire.Hosting.Tests.Containers;

/// <summary>A test that runs containers under podman from a locally made image; skipped, saying why, without podman or busybox-static.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PodmanFactAttribute : FactAttribute
{
    public PodmanFactAttribute()
    {
        Skip = TestPostgresImage.UnavailableReason;
    }
}
