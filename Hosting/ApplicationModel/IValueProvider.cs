namespace OdooAspire.Hosting.ApplicationModel;

/// <summary>A value known only when the application starts (an endpoint URL, a connection string, a secret).</summary>
public interface IValueProvider
{
    /// <summary>Whether the value must be masked wherever it is shown.</summary>
    bool IsSecret { get; }

    /// <summary>Computes the value for a consumer.</summary>
    ValueTask<string> GetValueAsync(ValueResolutionContext context, CancellationToken cancellationToken);
}
