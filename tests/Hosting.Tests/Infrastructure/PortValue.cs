using System.Globalization;
using OdooAspire.Hosting.ApplicationModel;

namespace OdooAspire.Hosting.Tests.Infrastructure;

/// <summary>The port number of an endpoint, as an environment value.</summary>
internal sealed class PortValue(EndpointReference endpoint) : IValueProvider
{
    public bool IsSecret => false;

    public ValueTask<string> GetValueAsync(ValueResolutionContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(endpoint.Allocated.Port.ToString(CultureInfo.InvariantCulture));
}
