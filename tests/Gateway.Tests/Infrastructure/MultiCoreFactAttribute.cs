namespace OdooAspire.Gateway.Tests.Infrastructure;

/// <summary>A test that needs two cores or more; on one core it is skipped with the reason.</summary>
public sealed class MultiCoreFactAttribute : FactAttribute
{
    public MultiCoreFactAttribute()
    {
        if (Environment.ProcessorCount < 2)
        {
            Skip = "Needs two cores or more; this machine has one";
        }
    }
}
