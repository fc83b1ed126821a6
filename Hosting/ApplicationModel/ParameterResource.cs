namespace OdooAspire.Hosting.ApplicationModel;

/// <summary>
/// A value from configuration (<c>Parameters:name</c>) or, for a generated secret, created once and kept in
/// the user's secret store. Parameters are not started; they are values.
/// </summary>
public sealed class ParameterResource(string name, Func<string> valueFactory, bool secret) : Resource(name), IValueProvider
{
    private readonly Lazy<string> _value = new(valueFactory);

    public override string Kind => "Parameter";

    public bool IsSecret { get; } = secret;

    /// <summary>The value; computed (and persisted when generated) on first use.</summary>
    public string Value => _value.Value;

    public ValueTask<string> GetValueAsync(ValueResolutionContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Value);
}
