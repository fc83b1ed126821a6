namespace OdooAspire.Hosting.ApplicationModel;

/// <summary>A value fixed at composition time.</summary>
public sealed record LiteralValue(string Value) : IValueProvider
{
    public bool IsSecret => false;

    public ValueTask<string> GetValueAsync(ValueResolutionContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Value);
}
